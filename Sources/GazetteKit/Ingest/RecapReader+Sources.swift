import Foundation

extension RecapReader {
    /// Walks the sources and reads every file found, two or more at a time; results keep the walk's
    /// order, so output does not depend on which thread finished first.
    public func read(sources: [String]) -> IngestResult {
        let listing = SourceWalker().files(in: sources)
        let files = listing.files
        let slots = ResultSlots<FileResult>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            slots[index] = read(file: files[index])
        }

        var result = IngestResult()
        for diagnostic in listing.diagnostics {
            if diagnostic.severity == .error { result.failures.append(diagnostic) } else { result.warnings.append(diagnostic) }
        }
        for fileResult in slots.values {
            result.recaps += fileResult.recaps
            if let failure = fileResult.failure { result.failures.append(failure) }
            result.warnings += fileResult.warnings
        }
        return result
    }
}

/// One slot per file, each written by exactly one iteration of `concurrentPerform`, so no lock
/// is needed; a raw buffer rather than an array property, whose concurrent mutation Swift's
/// exclusivity checking would (rightly, for arrays) reject. Read only after all iterations end.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: max(count, 1))
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { buffer[index] }
        set { buffer[index] = newValue }
    }

    var values: [Value] { (0..<count).compactMap { buffer[$0] } }
}

import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping order. Recaps are independent, so reading them is embarrassingly parallel.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(elements[index]), at: index)
        }
        return results.values()
    }
}

/// Write-once slots filled from many threads; each index is written by exactly one iteration. The slots
/// are raw memory allocated once: a Swift array mutated from several threads at once would be a race even
/// when each writes its own element.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}

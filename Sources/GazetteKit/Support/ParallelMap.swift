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

/// Write-once slots filled from many threads; each index is written by exactly one iteration.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { slots.map { $0! } }
}

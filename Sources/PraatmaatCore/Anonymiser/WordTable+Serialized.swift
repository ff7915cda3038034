/// A table written as bytes and read back where it lies, so that a lexicon built once is
/// ready in a few milliseconds at the next start instead of being built again from the texts.
///
/// Layout (native byte order: an index is made and read on one machine): entry count, blob
/// length, slot count, then the blob, the offsets, the lengths, the values and the slots, each
/// padded to 8 bytes.
extension WordTable {
  /// The table's bytes, appended to `out`.
  func serialize(into out: inout [UInt8]) {
    let storage = self.storage
    for count in [storage.offsets.count, storage.blob.count, storage.slots.count] {
      withUnsafeBytes(of: UInt64(count)) { out.append(contentsOf: $0) }
    }
    Self.append(storage.blob, to: &out)
    Self.append(storage.offsets, to: &out)
    Self.append(storage.lengths, to: &out)
    Self.append(storage.values, to: &out)
    Self.append(storage.slots, to: &out)
  }

  private static func append<T>(_ array: UnsafeBufferPointer<T>, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeRawBufferPointer(array))
    out.append(contentsOf: repeatElement(0, count: (8 - out.count % 8) % 8))
  }

  /// The table at `index.bytes[position...]`, moving `position` past it; nil when the sizes do
  /// not fit the bytes. The arrays are not copied: lookups read the index's memory, and check
  /// every step against the arrays' sizes (`index(of:)`), so no content makes them read
  /// outside it.
  init?(reading index: IndexBytes, at position: inout Int) {
    let bytes = index.bytes
    func count() -> Int? {
      guard position + 8 <= bytes.count else { return nil }
      let value = bytes.load(fromByteOffset: position, as: UInt64.self)
      position += 8
      return value <= UInt64(Int32.max) ? Int(value) : nil
    }
    func array<T>(_ count: Int, of: T.Type) -> UnsafeBufferPointer<T>? {
      let size = count * MemoryLayout<T>.stride
      guard position + size <= bytes.count, let base = bytes.baseAddress else { return nil }
      let array = UnsafeBufferPointer(start: (base + position).assumingMemoryBound(to: T.self), count: count)
      position += size + (8 - size % 8) % 8
      return array
    }
    guard bytes.baseAddress.map({ Int(bitPattern: $0) % 8 == 0 }) ?? false, position % 8 == 0,
      let entries = count(), let blobLength = count(), let slotCount = count(),
      slotCount >= 64, slotCount & (slotCount - 1) == 0, entries < slotCount,
      let blob = array(blobLength, of: UInt8.self), let offsets = array(entries, of: Int32.self),
      let lengths = array(entries, of: Int32.self), let values = array(entries, of: UInt64.self),
      let slots = array(slotCount, of: UInt64.self)
    else { return nil }
    self.init(
      storage: Storage(
        blob: blob, offsets: offsets, lengths: lengths, values: values, slots: slots, keeper: index))
  }
}

/// Bytes that stay where they are, unchanged, while this object lives: a file mapped into
/// memory (the app maps it and says how to let it go), or a copy of an array.
public final class IndexBytes: @unchecked Sendable {
  public let bytes: UnsafeRawBufferPointer
  private let release: () -> Void

  public init(mapped bytes: UnsafeRawBufferPointer, release: @escaping () -> Void) {
    self.bytes = bytes
    self.release = release
  }

  public convenience init(_ array: [UInt8]) {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(array.count, 1), alignment: 8)
    array.withUnsafeBytes { copy.copyMemory(from: $0) }
    self.init(mapped: UnsafeRawBufferPointer(rebasing: copy[..<array.count]), release: { copy.deallocate() })
  }

  deinit { release() }
}

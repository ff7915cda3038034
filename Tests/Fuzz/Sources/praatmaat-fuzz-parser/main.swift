import Foundation
import FuzzChecks

/// One libFuzzer input: a broken promise is a crash, so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let problems = FuzzChecks.run(.parser, Data(bytes: start, count: count))
  if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
  return 0
}

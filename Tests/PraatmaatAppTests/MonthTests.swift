import Foundation
import Testing

@testable import PraatmaatApp

@Suite("The month a session is kept under")
struct MonthTests {
  @Test("The middle of every month of a year, wherever the laptop is")
  func middleOfMonths() {
    for month in 1...12 {
      var parts = DateComponents()
      (parts.year, parts.month, parts.day, parts.hour) = (2026, month, 15, 12)
      var utc = Calendar(identifier: .gregorian)
      utc.timeZone = TimeZone(identifier: "UTC")!
      let date = utc.date(from: parts)!
      #expect(Month.current(date) == String(format: "2026-%02d", month))
    }
  }

  @Test("The same as the calendar says where the laptop is, around new year and month ends")
  func sameAsCalendar() {
    let calendar = Calendar(identifier: .gregorian)
    // Every six hours from 30 December 2025 to 2 March 2026.
    let start = Date(timeIntervalSince1970: 1_767_052_800)
    for step in 0..<(62 * 4) {
      let date = start.addingTimeInterval(Double(step) * 6 * 3600)
      let parts = calendar.dateComponents(in: TimeZone.current, from: date)
      #expect(Month.current(date) == String(format: "%04d-%02d", parts.year!, parts.month!))
    }
  }
}

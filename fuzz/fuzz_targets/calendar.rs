//! Calendar overrides as JSON: read or refused with a bounded message;
//! overrides that are read write back to JSON that reads to the same
//! overrides, and a calendar made from them answers every day of a year.
#![no_main]

use chrono::NaiveDate;
use kazcustoms_core::calendar::CalendarOverrides;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let overrides = match CalendarOverrides::from_json(text) {
        Ok(o) => o,
        Err(err) => return kazcustoms_fuzz::check_error(&err),
    };
    let written = serde_json::to_string(&overrides).expect("overrides serialize");
    let again = CalendarOverrides::from_json(&written).expect("written overrides read back");
    assert_eq!(again, overrides);
    match overrides.to_calendar() {
        Ok(calendar) => {
            let mut day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date");
            for _ in 0..366 {
                let next = calendar.next_working_day(day);
                assert!(next >= day);
                assert!(calendar.is_working_day(next));
                day = day.succ_opt().expect("a next day");
            }
            for date in overrides
                .days_off
                .iter()
                .filter(|d| !overrides.working_days.contains(d))
            {
                assert!(
                    !calendar.is_working_day(*date),
                    "day off {date} is a working day"
                );
            }
        }
        Err(err) => kazcustoms_fuzz::check_error(&err),
    }
});

#pragma once
// Time values (ECMA-262 21.4.1) on plain doubles: the spec's day/year/month arithmetic, MakeTime/MakeDay/
// MakeDate/TimeClip, local time through the host time zone (ICU, honouring the TZ environment variable),
// date string parsing (Date.parse) and the string forms of Date.prototype.toString and friends.
//
// A time value is milliseconds since the epoch (1970-01-01T00:00:00Z) as a double; NaN is the invalid
// date. Every function here propagates NaN like the spec's numeric operations do.
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

inline constexpr double kMsPerSecond = 1000;
inline constexpr double kMsPerMinute = 60000;
inline constexpr double kMsPerHour = 3600000;
inline constexpr double kMsPerDay = 86400000;
inline constexpr double kMaxTimeValue = 8.64e15; // |time value| limit of TimeClip

// Day number and time within the day.
double Day(double t);
double TimeWithinDay(double t);
// Years (y is an integral Number).
double DaysInYear(double y);
double DayFromYear(double y);
double TimeFromYear(double y);
double YearFromTime(double t);
bool InLeapYear(double t);
// Month (0 = January), date (1-31), day within year (0-365), week day (0 = Sunday).
double DayWithinYear(double t);
double MonthFromTime(double t);
double DateFromTime(double t);
double WeekDay(double t);
double HourFromTime(double t);
double MinFromTime(double t);
double SecFromTime(double t);
double msFromTime(double t);

// MakeTime / MakeDay / MakeDate / MakeFullYear / TimeClip, with the spec's IEEE double arithmetic.
// MakeDay gives NaN for years outside +-1,000,000 or months outside +-10,000,000 (arguments for which
// no day can be a valid time value anyway; the same limits as V8).
double MakeTime(double hour, double min, double sec, double ms);
double MakeDay(double year, double month, double date);
double MakeDate(double day, double time);
double MakeFullYear(double year);
double TimeClip(double time);

// The host time zone. It is detected (from TZ, else the system setting) on first use;
// reset_local_time_zone() detects it again, set_local_time_zone() selects a zone by IANA name (false when
// the name is unknown, leaving the zone unchanged).
void reset_local_time_zone();
bool set_local_time_zone(std::string_view iana_name);
// The identifier of the current zone ("America/New_York", "Etc/UTC"...).
std::string local_time_zone_name();

// Offset of local time from UTC in milliseconds at time value t: when is_utc, t is a UTC time value;
// otherwise t is a local time, and skipped or repeated local times resolve to the offset in effect
// before the transition (the spec's disambiguation). NaN for a non-finite t.
double LocalTZA(double t, bool is_utc);
double LocalTime(double t); // UTC time value -> local time value
double UTC(double t);       // local time value -> UTC time value (NaN when t is not finite)

// Date.now(): the current time value (whole milliseconds).
double current_time_ms();

// Date.parse on an already converted string: the Date Time String Format of the spec (date-only forms
// are UTC, date-time forms without an offset are local time), then the other formats browsers accept
// (toString/toUTCString/toDateString output, "Month D, YYYY hh:mm:ss", "M/D/YYYY", ...). Returns a
// TimeClip'ed time value or NaN.
double ParseDate(std::u16string_view text);
double ParseDate(std::string_view latin1);

// String forms (t is a time value; NaN gives "Invalid Date" where the spec says so).
// DateString(tv), TimeString(tv), TimeZoneString(tv) as in the spec; tv must not be NaN. The time zone
// name is ICU's long name in en-US ("Eastern Standard Time"), as Node prints it.
std::string DateString(double tv);
std::string TimeString(double tv);
std::string TimeZoneString(double tv);
std::string ToDateString(double tv);     // Date.prototype.toString
std::string DateToDateString(double tv); // Date.prototype.toDateString
std::string DateToTimeString(double tv); // Date.prototype.toTimeString
std::string DateToUTCString(double tv);  // Date.prototype.toUTCString
// Date.prototype.toISOString; nullopt when tv is not finite (the RangeError case).
std::optional<std::string> DateToISOString(double tv);

} // namespace yjs

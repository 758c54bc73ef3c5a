#include "runtime/date_math.h"

#include "runtime/number_conversion.h"

#include <unicode/basictz.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace yjs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ℝ(a) modulo ℝ(b) for b > 0: the result has the sign of b (and is never -0).
double modulo(double a, double b) {
    double remainder = std::fmod(a, b);
    if (remainder < 0) remainder += b;
    return remainder + 0.0;
}

// Day number within the year at which each month starts (non-leap years).
constexpr int kMonthStart[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

double month_start(int month, bool leap) {
    return kMonthStart[month] + (leap && month >= 2 ? 1 : 0);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Time value arithmetic (21.4.1.3 - 21.4.1.31).

double Day(double t) {
    return std::floor(t / kMsPerDay);
}

double TimeWithinDay(double t) {
    return modulo(t, kMsPerDay);
}

double DaysInYear(double y) {
    if (std::fmod(y, 4) != 0) return 365;
    if (std::fmod(y, 100) != 0) return 366;
    if (std::fmod(y, 400) != 0) return 365;
    return 366;
}

double DayFromYear(double y) {
    return 365 * (y - 1970) + std::floor((y - 1969) / 4) - std::floor((y - 1901) / 100) +
           std::floor((y - 1601) / 400);
}

double TimeFromYear(double y) {
    return kMsPerDay * DayFromYear(y);
}

double YearFromTime(double t) {
    if (!std::isfinite(t)) return kNaN;
    // An estimate within a year or so, then corrected.
    double y = std::floor(t / (kMsPerDay * 365.2425)) + 1970;
    while (TimeFromYear(y) > t)
        y -= 1;
    while (TimeFromYear(y + 1) <= t)
        y += 1;
    return y;
}

bool InLeapYear(double t) {
    return DaysInYear(YearFromTime(t)) == 366;
}

double DayWithinYear(double t) {
    return Day(t) - DayFromYear(YearFromTime(t));
}

double MonthFromTime(double t) {
    if (!std::isfinite(t)) return kNaN;
    double day = DayWithinYear(t);
    bool leap = InLeapYear(t);
    int month = 0;
    while (month < 11 && day >= month_start(month + 1, leap))
        ++month;
    return month;
}

double DateFromTime(double t) {
    if (!std::isfinite(t)) return kNaN;
    auto month = static_cast<int>(MonthFromTime(t));
    return DayWithinYear(t) - month_start(month, InLeapYear(t)) + 1;
}

double WeekDay(double t) {
    return modulo(Day(t) + 4, 7);
}

double HourFromTime(double t) {
    return modulo(std::floor(t / kMsPerHour), 24);
}
double MinFromTime(double t) {
    return modulo(std::floor(t / kMsPerMinute), 60);
}
double SecFromTime(double t) {
    return modulo(std::floor(t / kMsPerSecond), 60);
}
double msFromTime(double t) {
    return modulo(t, kMsPerSecond);
}

double MakeTime(double hour, double min, double sec, double ms) {
    if (!std::isfinite(hour) || !std::isfinite(min) || !std::isfinite(sec) || !std::isfinite(ms)) return kNaN;
    double h = ToIntegerOrInfinity(hour);
    double m = ToIntegerOrInfinity(min);
    double s = ToIntegerOrInfinity(sec);
    double milli = ToIntegerOrInfinity(ms);
    // Evaluated in this order, each operation rounded (test262 checks the floating-point order).
    double hours_ms = h * kMsPerHour;
    double minutes_ms = m * kMsPerMinute;
    double seconds_ms = s * kMsPerSecond;
    double t = hours_ms + minutes_ms;
    t = t + seconds_ms;
    return t + milli;
}

double MakeDay(double year, double month, double date) {
    if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(date)) return kNaN;
    double y = ToIntegerOrInfinity(year);
    double m = ToIntegerOrInfinity(month);
    double dt = ToIntegerOrInfinity(date);
    if (std::fabs(y) > 1000000 || std::fabs(m) > 10000000) return kNaN;
    double ym = y + std::floor(m / 12);
    auto mn = static_cast<int>(modulo(m, 12));
    double first_of_month = DayFromYear(ym) + month_start(mn, DaysInYear(ym) == 366);
    return first_of_month + dt - 1;
}

double MakeDate(double day, double time) {
    if (!std::isfinite(day) || !std::isfinite(time)) return kNaN;
    double day_ms = day * kMsPerDay;
    double tv = day_ms + time;
    if (!std::isfinite(tv)) return kNaN;
    return tv;
}

double MakeFullYear(double year) {
    if (std::isnan(year)) return kNaN;
    double truncated = ToIntegerOrInfinity(year);
    if (truncated >= 0 && truncated <= 99) return 1900 + truncated;
    return truncated;
}

double TimeClip(double time) {
    if (!std::isfinite(time) || std::fabs(time) > kMaxTimeValue) return kNaN;
    return ToIntegerOrInfinity(time);
}

// ---------------------------------------------------------------------------------------------------------
// The host time zone.

namespace {

struct ZoneState {
    std::unique_ptr<icu::TimeZone> zone;
    std::string id;
    std::string standard_name;
    std::string daylight_name;
};

std::mutex g_zone_mutex;
std::shared_ptr<const ZoneState> g_zone; // guarded by g_zone_mutex

std::shared_ptr<const ZoneState> make_zone_state(icu::TimeZone* zone) {
    auto state = std::make_shared<ZoneState>();
    state->zone.reset(zone);
    icu::UnicodeString text;
    zone->getID(text);
    text.toUTF8String(state->id);
    const icu::Locale english("en", "US");
    text.remove();
    zone->getDisplayName(false, icu::TimeZone::LONG, english, text);
    text.toUTF8String(state->standard_name);
    text.remove();
    zone->getDisplayName(true, icu::TimeZone::LONG, english, text);
    text.toUTF8String(state->daylight_name);
    return state;
}

std::shared_ptr<const ZoneState> current_zone() {
    std::lock_guard lock(g_zone_mutex);
    if (!g_zone) g_zone = make_zone_state(icu::TimeZone::detectHostTimeZone());
    return g_zone;
}

struct ZoneOffsets {
    std::int32_t raw = 0;
    std::int32_t dst = 0;
};

ZoneOffsets offsets_at(const ZoneState& state, double t, bool is_utc) {
    ZoneOffsets offsets;
    UErrorCode status = U_ZERO_ERROR;
    if (is_utc) {
        state.zone->getOffset(t, false, offsets.raw, offsets.dst, status);
    } else if (auto* basic = dynamic_cast<const icu::BasicTimeZone*>(state.zone.get())) {
        basic->getOffsetFromLocal(t, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, offsets.raw, offsets.dst,
                                  status);
    } else {
        state.zone->getOffset(t, true, offsets.raw, offsets.dst, status);
    }
    if (U_FAILURE(status)) return {};
    return offsets;
}

// The year with the same leap-ness and the same week day on January 1 in 2008..2035 (the "equivalent
// year" of ES5 15.9.1.8), picked the way V8 picks it.
double equivalent_year(double year) {
    auto week_day = static_cast<int>(WeekDay(TimeFromYear(year)));
    int recent_year = (DaysInYear(year) == 366 ? 1956 : 1967) + (week_day * 12) % 28;
    return 2008 + (recent_year + 3 * 28 - 2008) % 28;
}

// Whether the time zone name printed for tv is the daylight-saving one. Like V8, times before 1970 or
// after 2038-01-19 use the rules of an equivalent recent year (so historical local mean time prints as
// standard time).
bool name_uses_daylight_time(const ZoneState& state, double tv) {
    constexpr double kLastEpochSecondMs = 2147483647.0 * 1000;
    double probe = tv;
    if (tv < 0 || tv > kLastEpochSecondMs) {
        double day = MakeDay(equivalent_year(YearFromTime(tv)), MonthFromTime(tv), DateFromTime(tv));
        probe = MakeDate(day, TimeWithinDay(tv));
    }
    return offsets_at(state, probe, true).dst != 0;
}

} // namespace

void reset_local_time_zone() {
    auto state = make_zone_state(icu::TimeZone::detectHostTimeZone());
    std::lock_guard lock(g_zone_mutex);
    g_zone = std::move(state);
}

bool set_local_time_zone(std::string_view iana_name) {
    icu::UnicodeString id = icu::UnicodeString::fromUTF8(
        icu::StringPiece(iana_name.data(), static_cast<int32_t>(iana_name.size())));
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
    if (!zone || *zone == icu::TimeZone::getUnknown()) return false;
    auto state = make_zone_state(zone.release());
    std::lock_guard lock(g_zone_mutex);
    g_zone = std::move(state);
    return true;
}

std::string local_time_zone_name() {
    return current_zone()->id;
}

double LocalTZA(double t, bool is_utc) {
    if (!std::isfinite(t)) return kNaN;
    ZoneOffsets offsets = offsets_at(*current_zone(), t, is_utc);
    return static_cast<double>(offsets.raw) + offsets.dst;
}

double LocalTime(double t) {
    return t + LocalTZA(t, true);
}

double UTC(double t) {
    if (!std::isfinite(t)) return kNaN;
    return t - LocalTZA(t, false);
}

double current_time_ms() {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

// ---------------------------------------------------------------------------------------------------------
// Formatting.

namespace {

constexpr const char* kWeekDayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// An integral value (|value| < 2^53) printed with at least `width` digits.
std::string padded(double value, int width) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%0*lld", width, static_cast<long long>(value));
    return buffer;
}

std::string year_string(double year) {
    return (year < 0 ? "-" : "") + padded(std::fabs(year), 4);
}

std::string week_day_name(double t) {
    return kWeekDayNames[static_cast<int>(WeekDay(t))];
}
std::string month_name(double t) {
    return kMonthNames[static_cast<int>(MonthFromTime(t))];
}

} // namespace

std::string DateString(double tv) {
    return week_day_name(tv) + " " + month_name(tv) + " " + padded(DateFromTime(tv), 2) + " " +
           year_string(YearFromTime(tv));
}

std::string TimeString(double tv) {
    return padded(HourFromTime(tv), 2) + ":" + padded(MinFromTime(tv), 2) + ":" + padded(SecFromTime(tv), 2) +
           " GMT";
}

std::string TimeZoneString(double tv) {
    auto zone = current_zone();
    ZoneOffsets offsets = offsets_at(*zone, tv, true);
    double offset = static_cast<double>(offsets.raw) + offsets.dst;
    double magnitude = std::fabs(offset);
    std::string out = offset >= 0 ? "+" : "-";
    out += padded(HourFromTime(magnitude), 2) + padded(MinFromTime(magnitude), 2);
    const std::string& name = name_uses_daylight_time(*zone, tv) ? zone->daylight_name : zone->standard_name;
    if (!name.empty()) out += " (" + name + ")";
    return out;
}

std::string ToDateString(double tv) {
    if (std::isnan(tv)) return "Invalid Date";
    double t = LocalTime(tv);
    return DateString(t) + " " + TimeString(t) + TimeZoneString(tv);
}

std::string DateToDateString(double tv) {
    if (std::isnan(tv)) return "Invalid Date";
    return DateString(LocalTime(tv));
}

std::string DateToTimeString(double tv) {
    if (std::isnan(tv)) return "Invalid Date";
    return TimeString(LocalTime(tv)) + TimeZoneString(tv);
}

std::string DateToUTCString(double tv) {
    if (std::isnan(tv)) return "Invalid Date";
    return week_day_name(tv) + ", " + padded(DateFromTime(tv), 2) + " " + month_name(tv) + " " +
           year_string(YearFromTime(tv)) + " " + TimeString(tv);
}

std::optional<std::string> DateToISOString(double tv) {
    if (!std::isfinite(tv)) return std::nullopt;
    double year = YearFromTime(tv);
    std::string out;
    if (year >= 0 && year <= 9999)
        out = padded(year, 4);
    else
        out = (year < 0 ? "-" : "+") + padded(std::fabs(year), 6);
    out += "-" + padded(MonthFromTime(tv) + 1, 2) + "-" + padded(DateFromTime(tv), 2);
    out += "T" + padded(HourFromTime(tv), 2) + ":" + padded(MinFromTime(tv), 2) + ":" +
           padded(SecFromTime(tv), 2);
    out += "." + padded(msFromTime(tv), 3) + "Z";
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing.

namespace {

template <typename CharT> class DateStringReader {
public:
    explicit DateStringReader(std::basic_string_view<CharT> text) : text_(text) {}

    bool at_end() const { return position_ >= text_.size(); }
    // The code unit at the current position plus `ahead` (0 past the end).
    char32_t peek(std::size_t ahead = 0) const {
        std::size_t index = position_ + ahead;
        if (index >= text_.size()) return 0;
        if constexpr (sizeof(CharT) == 1)
            return static_cast<unsigned char>(text_[index]);
        else
            return static_cast<char16_t>(text_[index]);
    }
    void advance(std::size_t count = 1) { position_ += count; }
    bool consume(char32_t c) {
        if (at_end() || peek() != c) return false;
        ++position_;
        return true;
    }
    bool peek_is_digit(std::size_t ahead = 0) const { return peek(ahead) >= '0' && peek(ahead) <= '9'; }
    // Exactly `count` decimal digits.
    std::optional<int> read_fixed_digits(int count) {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!peek_is_digit(static_cast<std::size_t>(i))) return std::nullopt;
            value = value * 10 + static_cast<int>(peek(static_cast<std::size_t>(i)) - '0');
        }
        advance(static_cast<std::size_t>(count));
        return value;
    }
    // A run of digits as (value saturated at 10^9, number of digits).
    std::pair<std::int64_t, int> read_number() {
        std::int64_t value = 0;
        int digits = 0;
        while (peek_is_digit()) {
            value = std::min<std::int64_t>(value * 10 + static_cast<std::int64_t>(peek() - '0'), 1000000000);
            ++digits;
            advance();
        }
        return {value, digits};
    }
    // Fraction digits after a decimal point, as milliseconds (digits past the third are dropped).
    int read_milliseconds() {
        int value = 0;
        int digits = 0;
        while (peek_is_digit()) {
            if (digits < 3) value = value * 10 + static_cast<int>(peek() - '0');
            ++digits;
            advance();
        }
        for (; digits < 3; ++digits)
            value *= 10;
        return value;
    }

private:
    std::basic_string_view<CharT> text_;
    std::size_t position_ = 0;
};

struct TimeFields {
    double hour = 0;
    double minute = 0;
    double second = 0;
    double millisecond = 0;
};

bool valid_time(const TimeFields& time) {
    if (time.minute > 59 || time.second > 59 || time.hour > 24) return false;
    return time.hour < 24 || (time.minute == 0 && time.second == 0 && time.millisecond == 0);
}

// The time value of the given fields, interpreted as UTC when an offset (in minutes) is known, as local
// time otherwise.
double compose_time_value(double year, double month, double day, const TimeFields& time,
                          std::optional<double> offset_minutes) {
    double date =
        MakeDate(MakeDay(year, month, day), MakeTime(time.hour, time.minute, time.second, time.millisecond));
    if (offset_minutes) return TimeClip(date - *offset_minutes * kMsPerMinute);
    return TimeClip(UTC(date));
}

// The Date Time String Format (21.4.1.32), also accepting what browsers accept around it: lower-case t and z,
// a space between date and time, any number of fraction digits and offsets without a colon. nullopt when
// the text does not have that shape; NaN when it does but a field is out of range.
template <typename CharT> std::optional<double> parse_iso_date(std::basic_string_view<CharT> text) {
    DateStringReader<CharT> reader(text);
    double year = 0;
    if (reader.peek() == '+' || reader.peek() == '-') {
        bool negative = reader.peek() == '-';
        reader.advance();
        auto digits = reader.read_fixed_digits(6);
        if (!digits) return std::nullopt;
        if (negative && *digits == 0) return kNaN;
        year = negative ? -*digits : *digits;
    } else {
        auto digits = reader.read_fixed_digits(4);
        if (!digits) return std::nullopt;
        year = *digits;
    }
    int month = 1;
    int day = 1;
    bool full_date = false;
    if (reader.consume('-')) {
        auto digits = reader.read_fixed_digits(2);
        if (!digits) return std::nullopt;
        month = *digits;
        if (reader.consume('-')) {
            digits = reader.read_fixed_digits(2);
            if (!digits) return std::nullopt;
            day = *digits;
            full_date = true;
        }
    }
    bool has_time = false;
    TimeFields time;
    std::optional<double> offset_minutes;
    char32_t separator = reader.peek();
    if (separator == 'T' || separator == 't' || (separator == ' ' && full_date && reader.peek_is_digit(1))) {
        reader.advance();
        auto hour = reader.read_fixed_digits(2);
        if (!hour || !reader.consume(':')) return std::nullopt;
        auto minute = reader.read_fixed_digits(2);
        if (!minute) return std::nullopt;
        time.hour = *hour;
        time.minute = *minute;
        if (reader.consume(':')) {
            auto second = reader.read_fixed_digits(2);
            if (!second) return std::nullopt;
            time.second = *second;
            if (reader.consume('.')) {
                if (!reader.peek_is_digit()) return std::nullopt;
                time.millisecond = reader.read_milliseconds();
            }
        }
        has_time = true;
        if (reader.consume('Z') || reader.consume('z')) {
            offset_minutes = 0;
        } else if (reader.peek() == '+' || reader.peek() == '-') {
            double sign = reader.peek() == '-' ? -1 : 1;
            reader.advance();
            auto offset_hours = reader.read_fixed_digits(2);
            if (!offset_hours) return std::nullopt;
            reader.consume(':');
            auto offset_mins = reader.read_fixed_digits(2);
            if (!offset_mins) return std::nullopt;
            if (*offset_hours > 23 || *offset_mins > 59) return kNaN;
            offset_minutes = sign * (*offset_hours * 60 + *offset_mins);
        }
    }
    if (!reader.at_end()) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || !valid_time(time)) return kNaN;
    if (!has_time) offset_minutes = 0; // date-only forms are UTC
    return compose_time_value(year, month - 1, day, time, offset_minutes);
}

bool is_ascii_alpha(char32_t c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// Index of the month (0-11) or week day (0-6) whose English name starts with the first three letters of
// `word`, or -1.
int name_index(const std::string& word, const char* const* names, int count) {
    if (word.size() < 3) return -1;
    for (int i = 0; i < count; ++i) {
        std::string_view name = names[i];
        bool match = true;
        for (std::size_t j = 0; j < 3; ++j)
            match = match && (name[j] | 0x20) == word[j];
        if (match) return i;
    }
    return -1;
}

std::optional<int> zone_abbreviation_offset(const std::string& word) {
    static constexpr struct {
        const char* name;
        int offset_minutes;
    } kZones[] = {{"ut", 0},     {"utc", 0},    {"gmt", 0},    {"z", 0},      {"est", -300}, {"edt", -240},
                  {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420}};
    for (const auto& zone : kZones) {
        if (word == zone.name) return zone.offset_minutes;
    }
    return std::nullopt;
}

struct DateNumber {
    std::int64_t value;
    int digits;
    bool looks_like_year() const { return value < 0 || value > 31 || digits >= 3; }
};

// The formats browsers accept besides the ISO one: a month name or numbers separated by / - . for the
// date, hh:mm[:ss[.fff]] with an optional AM/PM, and a zone as GMT/UTC/Z, +-hh[mm] or +-hh:mm, or a US
// zone abbreviation; parenthesised comments and week day names are skipped. Without a zone the time is
// local. Two-digit years are 19xx from 50 and 20xx below.
template <typename CharT> double parse_legacy_date(std::basic_string_view<CharT> text) {
    DateStringReader<CharT> reader(text);
    DateNumber numbers[3];
    int number_count = 0;
    int month_from_name = -1;
    std::optional<TimeFields> time;
    int meridiem = 0; // 1: AM, 2: PM
    std::optional<double> offset_minutes;
    bool zone_word_just_seen = false;
    bool after_space = true;

    auto read_offset = [&](double sign) -> bool {
        auto [value, digits] = reader.read_number();
        double hours = 0;
        double minutes = 0;
        if (reader.consume(':')) {
            if (digits > 2 || !reader.peek_is_digit()) return false;
            auto [minute_value, minute_digits] = reader.read_number();
            if (minute_digits > 2) return false;
            hours = static_cast<double>(value);
            minutes = static_cast<double>(minute_value);
        } else if (digits <= 2) {
            hours = static_cast<double>(value);
        } else if (digits <= 4) {
            hours = static_cast<double>(value / 100);
            minutes = static_cast<double>(value % 100);
        } else {
            return false;
        }
        if (hours > 24 || minutes > 59) return false;
        offset_minutes = sign * (hours * 60 + minutes);
        return true;
    };

    while (!reader.at_end()) {
        char32_t c = reader.peek();
        if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
            reader.advance();
            after_space = true;
            continue;
        }
        if (c == '(') {
            int depth = 0;
            do {
                if (reader.peek() == '(')
                    ++depth;
                else if (reader.peek() == ')')
                    --depth;
                reader.advance();
            } while (depth > 0 && !reader.at_end());
            after_space = true;
            continue;
        }
        bool preceded_by_space = after_space;
        after_space = false;
        if (c >= '0' && c <= '9') {
            auto [value, digits] = reader.read_number();
            if (reader.peek() == ':') {
                if (time || !reader.peek_is_digit(1)) return kNaN;
                TimeFields fields;
                fields.hour = static_cast<double>(value);
                reader.advance();
                fields.minute = static_cast<double>(reader.read_number().first);
                if (reader.consume(':')) {
                    if (!reader.peek_is_digit()) return kNaN;
                    fields.second = static_cast<double>(reader.read_number().first);
                    if (reader.consume('.')) {
                        if (!reader.peek_is_digit()) return kNaN;
                        fields.millisecond = reader.read_milliseconds();
                    }
                }
                time = fields;
                continue;
            }
            if (number_count == 3) return kNaN;
            numbers[number_count++] = {value, digits};
            if ((reader.peek() == '/' || reader.peek() == '-' || reader.peek() == '.') && !time)
                reader.advance();
            continue;
        }
        if (c == '+' || c == '-') {
            reader.advance();
            if (!reader.peek_is_digit()) {
                if (c == '-' && number_count == 0 && !time) continue;
                return kNaN;
            }
            if (time || zone_word_just_seen) {
                if (!read_offset(c == '-' ? -1 : 1)) return kNaN;
                zone_word_just_seen = false;
                continue;
            }
            // A negative year ("Thu Jan 01 -0100", as toString prints years before 1 BC).
            if (c == '+' || !preceded_by_space || number_count == 3) return kNaN;
            auto [value, digits] = reader.read_number();
            numbers[number_count++] = {-value, digits};
            continue;
        }
        if (is_ascii_alpha(c)) {
            std::string word;
            while (is_ascii_alpha(reader.peek())) {
                word += static_cast<char>(reader.peek() | 0x20);
                reader.advance();
            }
            zone_word_just_seen = false;
            if (word == "am" || word == "pm") {
                meridiem = word == "am" ? 1 : 2;
            } else if (auto zone_offset = zone_abbreviation_offset(word)) {
                offset_minutes = *zone_offset;
                zone_word_just_seen = true;
            } else if (int month = name_index(word, kMonthNames, 12); month >= 0) {
                if (month_from_name >= 0) return kNaN;
                month_from_name = month;
                if (reader.peek() == '-' && reader.peek_is_digit(1)) reader.advance();
            } else if (number_count != 0 || time) {
                // Unknown words (week day names included) are only skipped before the date.
                return kNaN;
            }
            continue;
        }
        return kNaN;
    }

    double year = 0;
    double month = 0;
    double day = 1;
    DateNumber year_number{};
    if (month_from_name >= 0) {
        month = month_from_name;
        if (number_count == 1 && numbers[0].looks_like_year()) {
            year_number = numbers[0];
        } else if (number_count == 2 && numbers[0].looks_like_year()) {
            year_number = numbers[0];
            day = static_cast<double>(numbers[1].value);
        } else if (number_count == 2) {
            day = static_cast<double>(numbers[0].value);
            year_number = numbers[1];
        } else {
            return kNaN;
        }
    } else {
        if (number_count != 3) return kNaN;
        if (numbers[0].looks_like_year()) {
            year_number = numbers[0];
            month = static_cast<double>(numbers[1].value) - 1;
            day = static_cast<double>(numbers[2].value);
        } else {
            month = static_cast<double>(numbers[0].value) - 1;
            day = static_cast<double>(numbers[1].value);
            year_number = numbers[2];
        }
    }
    year = static_cast<double>(year_number.value);
    if (year_number.value >= 0 && year_number.digits <= 2) year += year < 50 ? 2000 : 1900;
    if (month < 0 || month > 11 || day < 1 || day > 31) return kNaN;
    TimeFields fields = time.value_or(TimeFields{});
    if (meridiem != 0) {
        if (fields.hour > 12) return kNaN;
        fields.hour = std::fmod(fields.hour, 12) + (meridiem == 2 ? 12 : 0);
    }
    if (!valid_time(fields)) return kNaN;
    return compose_time_value(year, month, day, fields, offset_minutes);
}

template <typename CharT> double parse_date(std::basic_string_view<CharT> text) {
    if (auto iso = parse_iso_date(text)) return *iso;
    return parse_legacy_date(text);
}

} // namespace

double ParseDate(std::u16string_view text) {
    return parse_date(text);
}
double ParseDate(std::string_view latin1) {
    return parse_date(latin1);
}

} // namespace yjs

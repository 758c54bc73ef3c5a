// %String.prototype% (22.1.3): the methods that do not involve regular expressions. The RegExp-related
// methods are in string_prototype_regexp.cpp, the Annex B ones in string_prototype_annex_b.cpp.
#include "builtins/string_prototype.h"

#include "builtins/builtins.h"
#include "builtins/string_builder.h"
#include "builtins/string_iterator_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <unicode/ucol.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

namespace yjs {

namespace {

// ? RequireObjectCoercible(this value), then ? ToString(O).
ThrowCompletionOr<JSString*> this_string(VM& vm, Value this_value, const char* method) {
    if (this_value.is_nullish())
        return vm.throw_type_error(std::string("String.prototype.") + method + " called on null or undefined");
    if (this_value.is_string()) return this_value.as_string();
    return ToString(vm, this_value);
}

// clamp(x, 0, length) for an integer-or-infinity x.
std::uint32_t clamp_index(double x, std::uint32_t length) {
    if (!(x > 0)) return 0;
    if (x >= length) return length;
    return static_cast<std::uint32_t>(x);
}

// thisStringValue ( value )
ThrowCompletionOr<JSString*> ThisStringValue(VM& vm, Value value, const char* method) {
    if (value.is_string()) return value.as_string();
    if (auto* object = as_if<StringObject>(value)) return object->string();
    return vm.throw_type_error(std::string("String.prototype.") + method + " requires that 'this' be a String");
}

Value substring_value(VM& vm, JSString* string, std::uint32_t start, std::uint32_t end) {
    return Value(JSString::substring(vm, string, start, end));
}

// String.prototype.at ( index )
ThrowCompletionOr<Value> string_at(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "at"));
    double length = s->length();
    double relative = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double k = relative >= 0 ? relative : length + relative;
    if (k < 0 || k >= length) return Value::undefined();
    auto index = static_cast<std::uint32_t>(k);
    return substring_value(vm, s, index, index + 1);
}

// String.prototype.charAt ( pos )
ThrowCompletionOr<Value> string_char_at(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "charAt"));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (position < 0 || position >= s->length()) return Value(vm.atoms().empty_string());
    auto index = static_cast<std::uint32_t>(position);
    return substring_value(vm, s, index, index + 1);
}

// String.prototype.charCodeAt ( pos )
ThrowCompletionOr<Value> string_char_code_at(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "charCodeAt"));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (position < 0 || position >= s->length()) return Value(std::nan(""));
    return Value(static_cast<double>(s->at(static_cast<std::uint32_t>(position))));
}

// String.prototype.codePointAt ( pos )
ThrowCompletionOr<Value> string_code_point_at(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "codePointAt"));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (position < 0 || position >= s->length()) return Value::undefined();
    auto index = static_cast<std::uint32_t>(position);
    char16_t first = s->at(index);
    if (is_leading_surrogate(first) && index + 1 < s->length()) {
        char16_t second = s->at(index + 1);
        if (is_trailing_surrogate(second))
            return Value(static_cast<double>(UTF16SurrogatePairToCodePoint(first, second)));
    }
    return Value(static_cast<double>(first));
}

// String.prototype.concat ( ...args )
ThrowCompletionOr<Value> string_concat(VM& vm, const NativeCallInfo& call) {
    JSString* result = TRY(this_string(vm, call.this_value, "concat"));
    for (Value next : call.arguments) {
        JSString* next_string = TRY(ToString(vm, next));
        if (std::size_t(result->length()) + next_string->length() > JSString::kMaxLength)
            return throw_string_length_error(vm);
        result = JSString::concat(vm, result, next_string);
    }
    return Value(result);
}

// The shared prologue of endsWith, includes and startsWith: the RegExp check and ToString(searchString).
ThrowCompletionOr<JSString*> search_string_argument(VM& vm, Value search, const char* method) {
    if (TRY(IsRegExp(vm, search)))
        return vm.throw_type_error(std::string("First argument to String.prototype.") + method +
                                   " must not be a regular expression");
    return ToString(vm, search);
}

// String.prototype.endsWith ( searchString [ , endPosition ] )
ThrowCompletionOr<Value> string_ends_with(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "endsWith"));
    JSString* search = TRY(search_string_argument(vm, call.argument(0), "endsWith"));
    std::uint32_t length = s->length();
    // 6. If endPosition is undefined, let pos be len; else let pos be ? ToIntegerOrInfinity(endPosition).
    double position = call.argument(1).is_undefined() ? length : TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    std::uint32_t end = clamp_index(position, length);
    std::uint32_t search_length = search->length();
    if (search_length == 0) return Value::boolean(true);
    if (search_length > end) return Value::boolean(false);
    return Value::boolean(string_matches_at(s, search, end - search_length));
}

// String.prototype.includes ( searchString [ , position ] )
ThrowCompletionOr<Value> string_includes(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "includes"));
    JSString* search = TRY(search_string_argument(vm, call.argument(0), "includes"));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    std::uint32_t start = clamp_index(position, s->length());
    return Value::boolean(StringIndexOf(s, search, start).has_value());
}

// String.prototype.indexOf ( searchString [ , position ] )
ThrowCompletionOr<Value> string_index_of(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "indexOf"));
    JSString* search = TRY(ToString(vm, call.argument(0)));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    std::uint32_t start = clamp_index(position, s->length());
    auto index = StringIndexOf(s, search, start);
    return Value(index ? static_cast<double>(*index) : -1.0);
}

// String.prototype.isWellFormed ( )
ThrowCompletionOr<Value> string_is_well_formed(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "isWellFormed"));
    if (s->is_8bit()) return Value::boolean(true);
    return Value::boolean(is_well_formed(s->utf16_view()));
}

// String.prototype.lastIndexOf ( searchString [ , position ] )
ThrowCompletionOr<Value> string_last_index_of(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "lastIndexOf"));
    JSString* search = TRY(ToString(vm, call.argument(0)));
    // 4-5. Let numPos be ? ToNumber(position); NaN means +∞, else ToIntegerOrInfinity(numPos).
    double number_position = TRY(ToNumber(vm, call.argument(1)));
    double position = std::isnan(number_position) ? INFINITY : std::trunc(number_position);
    std::uint32_t length = s->length();
    std::uint32_t search_length = search->length();
    if (search_length > length) return Value(-1.0);
    std::uint32_t start = clamp_index(position, length - search_length);
    auto index = StringLastIndexOf(s, search, start);
    return Value(index ? static_cast<double>(*index) : -1.0);
}

// The ICU root collator with canonical-equivalence normalization, one per thread (agents run on threads
// of their own).
UCollator* root_collator() {
    struct Closer {
        void operator()(UCollator* collator) const { ucol_close(collator); }
    };
    thread_local std::unique_ptr<UCollator, Closer> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator* c = ucol_open("", &status);
        if (U_FAILURE(status)) return std::unique_ptr<UCollator, Closer>();
        ucol_setAttribute(c, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
        return std::unique_ptr<UCollator, Closer>(c);
    }();
    return collator.get();
}

// String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] ): the root locale's collation.
ThrowCompletionOr<Value> string_locale_compare(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "localeCompare"));
    JSString* that = TRY(ToString(vm, call.argument(0)));
    UCollator* collator = root_collator();
    if (!collator) {
        int order = s->compare(that);
        return Value(order < 0 ? -1.0 : order > 0 ? 1.0 : 0.0);
    }
    std::u16string left = to_utf16(s);
    std::u16string right = to_utf16(that);
    UCollationResult result = ucol_strcoll(collator, reinterpret_cast<const UChar*>(left.data()),
                                           static_cast<int32_t>(left.size()),
                                           reinterpret_cast<const UChar*>(right.data()),
                                           static_cast<int32_t>(right.size()));
    return Value(result == UCOL_LESS ? -1.0 : result == UCOL_GREATER ? 1.0 : 0.0);
}

// String.prototype.normalize ( [ form ] )
ThrowCompletionOr<Value> string_normalize(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "normalize"));
    NormalizationForm form = NormalizationForm::NFC;
    if (!call.argument(0).is_undefined()) {
        JSString* name = TRY(ToString(vm, call.argument(0)));
        auto parsed = normalization_form_from_name(to_utf16(name));
        if (!parsed)
            return vm.throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
        form = *parsed;
    }
    // ASCII text is in every normalization form.
    if (s->is_8bit()) {
        std::string_view text = s->latin1_view();
        if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
            return Value(s);
    }
    return Value(JSString::create(vm, normalize(to_utf16(s), form)));
}

// StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement )
ThrowCompletionOr<Value> StringPaddingBuiltinsImpl(VM& vm, const NativeCallInfo& call, bool at_start) {
    JSString* s = TRY(this_string(vm, call.this_value, at_start ? "padStart" : "padEnd"));
    double max_length = TRY(ToLength(vm, call.argument(0)));
    std::uint32_t length = s->length();
    if (max_length <= length) return Value(s);
    JSString* fill = call.argument(1).is_undefined() ? JSString::from_ascii(vm, " ")
                                                       : TRY(ToString(vm, call.argument(1)));
    // StringPad ( S, maxLength, fillString, placement )
    if (fill->is_empty()) return Value(s);
    if (max_length > JSString::kMaxLength) return throw_string_length_error(vm);
    auto fill_length = static_cast<std::uint32_t>(max_length) - length;
    StringBuilder builder;
    builder.reserve(static_cast<std::size_t>(max_length));
    if (!at_start && !builder.append(s)) return throw_string_length_error(vm);
    for (std::uint32_t remaining = fill_length; remaining > 0;) {
        std::uint32_t chunk = std::min(remaining, fill->length());
        if (!builder.append_substring(fill, 0, chunk)) return throw_string_length_error(vm);
        remaining -= chunk;
    }
    if (at_start && !builder.append(s)) return throw_string_length_error(vm);
    return Value(builder.build(vm));
}

ThrowCompletionOr<Value> string_pad_end(VM& vm, const NativeCallInfo& call) {
    return StringPaddingBuiltinsImpl(vm, call, false);
}

ThrowCompletionOr<Value> string_pad_start(VM& vm, const NativeCallInfo& call) {
    return StringPaddingBuiltinsImpl(vm, call, true);
}

// String.prototype.repeat ( count )
ThrowCompletionOr<Value> string_repeat(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "repeat"));
    double n = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    if (n < 0 || n == INFINITY) return vm.throw_range_error("Invalid count value: " + NumberToString(n));
    if (n == 0 || s->is_empty()) return Value(vm.atoms().empty_string());
    if (n * s->length() > JSString::kMaxLength) return throw_string_length_error(vm);
    auto count = static_cast<std::uint32_t>(n);
    // Doubling copies: O(result length), whatever the count.
    auto repeat = [count](auto units) {
        std::size_t total = std::size_t(count) * units.size();
        std::basic_string<typename decltype(units)::value_type> result;
        result.reserve(total); // no reallocation below: appending from the string itself is safe
        result.append(units);
        while (result.size() < total)
            result.append(result.data(), std::min(result.size(), total - result.size()));
        return result;
    };
    if (s->is_8bit()) return Value(JSString::create_latin1(vm, repeat(s->latin1_view())));
    return Value(JSString::create(vm, repeat(s->utf16_view())));
}

// String.prototype.slice ( start, end )
ThrowCompletionOr<Value> string_slice(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "slice"));
    double length = s->length();
    double int_start = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double from = int_start < 0 ? std::max(length + int_start, 0.0) : std::min(int_start, length);
    double int_end = call.argument(1).is_undefined() ? length : TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    double to = int_end < 0 ? std::max(length + int_end, 0.0) : std::min(int_end, length);
    if (from >= to) return Value(vm.atoms().empty_string());
    return substring_value(vm, s, static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to));
}

// String.prototype.startsWith ( searchString [ , position ] )
ThrowCompletionOr<Value> string_starts_with(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "startsWith"));
    JSString* search = TRY(search_string_argument(vm, call.argument(0), "startsWith"));
    double position = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    std::uint32_t start = clamp_index(position, s->length());
    if (search->is_empty()) return Value::boolean(true);
    return Value::boolean(string_matches_at(s, search, start));
}

// String.prototype.substring ( start, end )
ThrowCompletionOr<Value> string_substring(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "substring"));
    std::uint32_t length = s->length();
    double int_start = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double int_end = call.argument(1).is_undefined() ? length : TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    std::uint32_t final_start = clamp_index(int_start, length);
    std::uint32_t final_end = clamp_index(int_end, length);
    return substring_value(vm, s, std::min(final_start, final_end), std::max(final_start, final_end));
}

// A case mapping may lengthen the string (U+00DF becomes "SS").
ThrowCompletionOr<JSString*> create_mapped(VM& vm, std::u16string_view mapped) {
    if (mapped.size() > JSString::kMaxLength) return throw_string_length_error(vm);
    return JSString::create(vm, mapped);
}

ThrowCompletionOr<JSString*> to_lower_case(VM& vm, JSString* s) {
    if (s->is_8bit()) {
        // Lowercasing never leaves Latin-1: A-Z and U+00C0..U+00DE (except U+00D7) move up by 0x20.
        std::string text(s->latin1_view());
        bool changed = false;
        for (char& c : text) {
            auto u = static_cast<unsigned char>(c);
            if ((u >= 'A' && u <= 'Z') || (u >= 0xC0 && u <= 0xDE && u != 0xD7)) {
                c = static_cast<char>(u + 0x20);
                changed = true;
            }
        }
        return changed ? JSString::create_latin1(vm, text) : s;
    }
    return create_mapped(vm, to_lower_full(s->utf16_view()));
}

ThrowCompletionOr<JSString*> to_upper_case(VM& vm, JSString* s) {
    if (s->is_8bit()) {
        std::string_view view = s->latin1_view();
        if (std::all_of(view.begin(), view.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
            std::string text(view);
            bool changed = false;
            for (char& c : text) {
                if (c >= 'a' && c <= 'z') {
                    c = static_cast<char>(c - 0x20);
                    changed = true;
                }
            }
            return changed ? JSString::create_latin1(vm, text) : s;
        }
        // Latin-1: the letters move down by 0x20 except U+00B5 (to U+039C), U+00DF (to "SS") and U+00FF (to
        // U+0178); the length is known before mapping.
        std::size_t sharp_s = std::count(view.begin(), view.end(), '\xDF');
        if (view.size() + sharp_s > JSString::kMaxLength) return throw_string_length_error(vm);
        std::u16string mapped;
        mapped.reserve(view.size() + sharp_s);
        for (char c : view) {
            auto u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= 0xE0 && u <= 0xFE && u != 0xF7)) mapped.push_back(char16_t(u - 0x20));
            else if (u == 0xB5) mapped.push_back(u'\u039C');
            else if (u == 0xFF) mapped.push_back(u'\u0178');
            else if (u == 0xDF) mapped.append(u"SS");
            else mapped.push_back(u);
        }
        return JSString::create(vm, mapped);
    }
    std::u16string text = to_utf16(s);
    // A mapping grows a unit to at most three. Only then can the result be too long: the root locale's upper
    // case mapping depends on no context, so it runs by chunks (never splitting a surrogate pair) and stops as
    // soon as the result is too long.
    if (text.size() * 3 <= JSString::kMaxLength) return create_mapped(vm, to_upper_full(text));
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::u16string mapped;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.size(), start + kChunk);
        if (end < text.size() && text[end - 1] >= 0xD800 && text[end - 1] <= 0xDBFF) --end;
        mapped += to_upper_full(std::u16string_view(text).substr(start, end - start));
        if (mapped.size() > JSString::kMaxLength) return throw_string_length_error(vm);
        start = end;
    }
    return create_mapped(vm, mapped);
}

// String.prototype.toLowerCase ( ) and toLocaleLowerCase ( ) (the root locale's mapping).
ThrowCompletionOr<Value> string_to_lower_case(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(to_lower_case(vm, TRY(this_string(vm, call.this_value, "toLowerCase")))));
}

ThrowCompletionOr<Value> string_to_locale_lower_case(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(to_lower_case(vm, TRY(this_string(vm, call.this_value, "toLocaleLowerCase")))));
}

// String.prototype.toUpperCase ( ) and toLocaleUpperCase ( ).
ThrowCompletionOr<Value> string_to_upper_case(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(to_upper_case(vm, TRY(this_string(vm, call.this_value, "toUpperCase")))));
}

ThrowCompletionOr<Value> string_to_locale_upper_case(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(to_upper_case(vm, TRY(this_string(vm, call.this_value, "toLocaleUpperCase")))));
}

// String.prototype.toString ( ) and valueOf ( )
ThrowCompletionOr<Value> string_to_string(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisStringValue(vm, call.this_value, "toString")));
}

ThrowCompletionOr<Value> string_value_of(VM& vm, const NativeCallInfo& call) {
    return Value(TRY(ThisStringValue(vm, call.this_value, "valueOf")));
}

// String.prototype.toWellFormed ( )
ThrowCompletionOr<Value> string_to_well_formed(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "toWellFormed"));
    if (s->is_8bit() || is_well_formed(s->utf16_view())) return Value(s);
    return Value(JSString::create(vm, to_well_formed(s->utf16_view())));
}

enum class TrimWhere { Start, End, StartAndEnd };

// TrimString ( string, where )
ThrowCompletionOr<Value> TrimString(VM& vm, Value this_value, TrimWhere where, const char* method) {
    JSString* s = TRY(this_string(vm, this_value, method));
    std::uint32_t start = 0;
    std::uint32_t end = s->length();
    if (where != TrimWhere::End)
        while (start < end && is_str_whitespace(s->at(start))) ++start;
    if (where != TrimWhere::Start)
        while (end > start && is_str_whitespace(s->at(end - 1))) --end;
    return substring_value(vm, s, start, end);
}

ThrowCompletionOr<Value> string_trim(VM& vm, const NativeCallInfo& call) {
    return TrimString(vm, call.this_value, TrimWhere::StartAndEnd, "trim");
}

ThrowCompletionOr<Value> string_trim_end(VM& vm, const NativeCallInfo& call) {
    return TrimString(vm, call.this_value, TrimWhere::End, "trimEnd");
}

ThrowCompletionOr<Value> string_trim_start(VM& vm, const NativeCallInfo& call) {
    return TrimString(vm, call.this_value, TrimWhere::Start, "trimStart");
}

// String.prototype [ %Symbol.iterator% ] ( )
ThrowCompletionOr<Value> string_iterator(VM& vm, const NativeCallInfo& call) {
    JSString* s = TRY(this_string(vm, call.this_value, "[Symbol.iterator]"));
    return Value(CreateStringIterator(vm, s));
}

} // namespace

void initialize_string_prototype(VM& vm, Realm& realm) {
    // %String.prototype% is a String exotic object whose [[StringData]] is the empty String.
    JSObject* prototype =
        StringObject::create(vm, vm.atoms().empty_string(), realm.intrinsic(Intrinsic::ObjectPrototype));
    realm.set_intrinsic(Intrinsic::StringPrototype, prototype);

    struct Method {
        const char* name;
        NativeFunctionPointer function;
        std::uint32_t length;
    };
    static constexpr Method kMethods[] = {
        {"at", string_at, 1},
        {"charAt", string_char_at, 1},
        {"charCodeAt", string_char_code_at, 1},
        {"codePointAt", string_code_point_at, 1},
        {"concat", string_concat, 1},
        {"endsWith", string_ends_with, 1},
        {"includes", string_includes, 1},
        {"indexOf", string_index_of, 1},
        {"isWellFormed", string_is_well_formed, 0},
        {"lastIndexOf", string_last_index_of, 1},
        {"localeCompare", string_locale_compare, 1},
        {"match", StringPrototypeMatch, 1},
        {"matchAll", StringPrototypeMatchAll, 1},
        {"normalize", string_normalize, 0},
        {"padEnd", string_pad_end, 1},
        {"padStart", string_pad_start, 1},
        {"repeat", string_repeat, 1},
        {"replace", StringPrototypeReplace, 2},
        {"replaceAll", StringPrototypeReplaceAll, 2},
        {"search", StringPrototypeSearch, 1},
        {"slice", string_slice, 2},
        {"split", StringPrototypeSplit, 2},
        {"startsWith", string_starts_with, 1},
        {"substring", string_substring, 2},
        {"toLocaleLowerCase", string_to_locale_lower_case, 0},
        {"toLocaleUpperCase", string_to_locale_upper_case, 0},
        {"toLowerCase", string_to_lower_case, 0},
        {"toString", string_to_string, 0},
        {"toUpperCase", string_to_upper_case, 0},
        {"toWellFormed", string_to_well_formed, 0},
        {"trim", string_trim, 0},
        {"valueOf", string_value_of, 0},
    };
    for (const Method& method : kMethods)
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                          method.length);
    // trimStart / trimEnd, and their Annex B aliases trimLeft / trimRight (the same function objects).
    JSObject* trim_start =
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "trimStart"), string_trim_start, 0);
    JSObject* trim_end =
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "trimEnd"), string_trim_end, 0);
    prototype->define_direct_property(vm, PropertyKey::from_ascii(vm, "trimLeft"), trim_start, kBuiltinAttributes);
    prototype->define_direct_property(vm, PropertyKey::from_ascii(vm, "trimRight"), trim_end, kBuiltinAttributes);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().iterator, string_iterator, 0);
    define_string_prototype_annex_b(vm, realm, prototype);
}

} // namespace yjs

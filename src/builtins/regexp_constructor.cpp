// The RegExp constructor (22.2.4, 22.2.5).
#include "builtins/builtins.h"
#include "builtins/regexp_object.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <cstdio>

namespace yjs {

namespace {

// RegExp ( pattern, flags )
ThrowCompletionOr<Value> regexp_constructor(VM& vm, const NativeCallInfo& call) {
    Value pattern = call.argument(0);
    Value flags = call.argument(1);
    // 1. Let patternIsRegExp be ? IsRegExp(pattern).
    bool pattern_is_regexp = TRY(IsRegExp(vm, pattern));
    JSObject* new_target = call.new_target;
    // 2. If NewTarget is undefined, the active function; a RegExp argument whose constructor is this
    //    function is returned as it is when no flags are given.
    if (!new_target) {
        new_target = call.callee;
        if (pattern_is_regexp && flags.is_undefined()) {
            Value pattern_constructor = TRY(pattern.as_object()->get(vm, vm.names().constructor));
            if (SameValue(Value(new_target), pattern_constructor)) return pattern;
        }
    }
    Value p;
    Value f;
    auto* pattern_object = as_if<RegExpObject>(pattern);
    if (pattern_object && pattern_object->is_initialized()) {
        // 4. pattern has a [[RegExpMatcher]] internal slot.
        p = pattern_object->original_source();
        f = flags.is_undefined() ? Value(pattern_object->original_flags()) : flags;
    } else if (pattern_is_regexp) {
        // 5. Let P be ? Get(pattern, "source"); F from "flags" when flags is undefined.
        p = TRY(pattern.as_object()->get(vm, vm.names().source));
        f = flags.is_undefined() ? TRY(pattern.as_object()->get(vm, vm.names().flags)) : flags;
    } else {
        p = pattern;
        f = flags;
    }
    // 7. Let O be ? RegExpAlloc(newTarget).
    RegExpObject* object = TRY(RegExpAlloc(vm, new_target));
    // 8. Return ? RegExpInitialize(O, P, F).
    return Value(TRY(RegExpInitialize(vm, object, p, f)));
}

// The ControlEscape letter for the code points of Table 63, or 0.
char control_escape(char32_t cp) {
    switch (cp) {
    case 0x09: return 't';
    case 0x0A: return 'n';
    case 0x0B: return 'v';
    case 0x0C: return 'f';
    case 0x0D: return 'r';
    default: return 0;
    }
}

bool is_syntax_character(char32_t cp) {
    switch (cp) {
    case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
    case '(': case ')': case '[': case ']': case '{': case '}': case '|':
        return true;
    default:
        return false;
    }
}

// EncodeForRegExpEscape ( cp )
bool EncodeForRegExpEscape(StringBuilder& escaped, char32_t cp) {
    // 1. SyntaxCharacter or "/": a backslash followed by the code point.
    if (is_syntax_character(cp) || cp == '/') return escaped.append(u'\\') && escaped.append_code_point(cp);
    // 2. ControlEscape code points.
    if (char letter = control_escape(cp)) return escaped.append(u'\\') && escaped.append(static_cast<char16_t>(letter));
    // 3-5. Other punctuators, white space, line terminators and surrogates: \xHH or \uHHHH escapes.
    static constexpr std::string_view kOtherPunctuators = ",-=<>#&!%:;@~'`\"";
    bool to_escape = (cp < 0x80 && kOtherPunctuators.find(static_cast<char>(cp)) != std::string_view::npos) ||
                     is_whitespace(cp) || is_line_terminator(cp) || is_surrogate(cp);
    if (to_escape) {
        char buffer[16];
        if (cp <= 0xFF) std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
        else std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
        return escaped.append_ascii(buffer);
    }
    return escaped.append_code_point(cp);
}

// RegExp.escape ( S )
ThrowCompletionOr<Value> regexp_escape(VM& vm, const NativeCallInfo& call) {
    // 1. If S is not a String, throw a TypeError exception.
    if (!call.argument(0).is_string()) return vm.throw_type_error("RegExp.escape requires a string argument");
    JSString* s = call.argument(0).as_string();
    StringBuilder escaped;
    std::u16string units = to_utf16(s);
    for (std::size_t i = 0; i < units.size();) {
        CodePoint cp = code_point_at(units, i);
        i += cp.code_unit_count;
        bool ok;
        char32_t c = cp.code_point;
        // A leading decimal digit or ASCII letter is written as \xHH.
        if (escaped.is_empty() && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
            ok = escaped.append_ascii(buffer);
        } else {
            ok = EncodeForRegExpEscape(escaped, c);
        }
        if (!ok) return throw_string_length_error(vm);
    }
    return Value(escaped.build(vm));
}

// get RegExp [ %Symbol.species% ]
ThrowCompletionOr<Value> regexp_species(VM&, const NativeCallInfo& call) { return call.this_value; }

} // namespace

void initialize_regexp_constructor(VM& vm, Realm& realm) {
    NativeFunction* constructor = make_constructor(vm, realm, "RegExp", regexp_constructor, 2,
                                                   realm.intrinsic(Intrinsic::RegExpPrototype),
                                                   Intrinsic::RegExpConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "escape"), regexp_escape, 1);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        regexp_species, nullptr, kConfigurable);
    define_global_property(vm, realm, "RegExp", constructor);
}

} // namespace yjs

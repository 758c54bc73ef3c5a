// The RegExp constructor (22.2.4, 22.2.5) and its legacy static properties (Annex B, the legacy RegExp
// features proposal: RegExp.$1-$9, input/$_, lastMatch/$&, lastParen/$+, leftContext/$`, rightContext/$').
#include "builtins/regexp_constructor.h"

#include "builtins/builtins.h"
#include "builtins/regexp_object.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
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

using Slot = RegExpConstructor::Slot;

// The long names of the slots' accessors, in Slot order.
constexpr const char* kSlotNames[] = {"input", "lastMatch", "lastParen", "leftContext", "rightContext",
                                      "$1",    "$2",        "$3",        "$4",          "$5",
                                      "$6",    "$7",        "$8",        "$9"};

RegExpConstructor* this_realm_regexp(VM& vm) {
    return static_cast<RegExpConstructor*>(vm.current_realm().intrinsic(Intrinsic::RegExpConstructor));
}

// GetLegacyRegExpStaticProperty(%RegExp%, this value, slot)
template <Slot slot> ThrowCompletionOr<Value> get_legacy_static_property(VM& vm, const NativeCallInfo& call) {
    const char* name = kSlotNames[static_cast<std::size_t>(slot)];
    RegExpConstructor* c = this_realm_regexp(vm);
    // 2. If SameValue(C, thisValue) is false, throw a TypeError exception.
    if (!SameValue(Value(c), call.this_value))
        return throw_incompatible_receiver(vm, std::string("get RegExp.") + name, call.this_value);
    // 4. If val is empty, throw a TypeError exception.
    JSString* value = c->legacy_static_property(vm, slot);
    if (!value)
        return vm.throw_type_error(std::string("RegExp.") + name +
                                   " is not available after a match by a RegExp subclass instance");
    return Value(value);
}

// set RegExp.input / RegExp.$_: SetLegacyRegExpStaticProperty(%RegExp%, this value, [[RegExpInput]], val)
ThrowCompletionOr<Value> set_legacy_input(VM& vm, const NativeCallInfo& call) {
    RegExpConstructor* c = this_realm_regexp(vm);
    if (!SameValue(Value(c), call.this_value))
        return throw_incompatible_receiver(vm, "set RegExp.input", call.this_value);
    c->set_input(TRY(ToString(vm, call.argument(0))));
    return Value::undefined();
}

template <Slot slot> void define_legacy_accessor(VM& vm, Realm& realm, JSObject* c, const char* name) {
    c->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, name), get_legacy_static_property<slot>,
                              slot == Slot::Input ? set_legacy_input : nullptr, kConfigurable);
}

template <Slot slot> void define_legacy_accessors(VM& vm, Realm& realm, JSObject* c, const char* alias) {
    define_legacy_accessor<slot>(vm, realm, c, kSlotNames[static_cast<std::size_t>(slot)]);
    if (alias) define_legacy_accessor<slot>(vm, realm, c, alias);
}

} // namespace

RegExpConstructor::RegExpConstructor(Shape* shape, NativeFunctionPointer function, Realm* realm)
    : NativeFunction(shape, function, realm) {}

void RegExpConstructor::visit_edges(Visitor& visitor) {
    NativeFunction::visit_edges(visitor);
    visitor.visit(input_);
    visitor.visit(subject_);
}

void RegExpConstructor::update_legacy_static_properties(JSString* s, std::span<const std::int32_t> captures) {
    input_valid_ = true;
    input_ = s;
    match_valid_ = true;
    subject_ = s;
    match_start_ = captures[0];
    match_end_ = captures[1];
    capture_count_ = static_cast<std::uint32_t>(captures.size() / 2 - 1);
    for (std::uint32_t i = 0; i < kParens; ++i) {
        bool present = i < capture_count_;
        parens_[2 * i] = present ? captures[2 * (i + 1)] : -1;
        parens_[2 * i + 1] = present ? captures[2 * (i + 1) + 1] : -1;
    }
    last_paren_ = {captures[2 * capture_count_], captures[2 * capture_count_ + 1]};
}

void RegExpConstructor::invalidate_legacy_static_properties() {
    input_valid_ = false;
    input_ = nullptr;
    match_valid_ = false;
    subject_ = nullptr;
}

JSString* RegExpConstructor::legacy_static_property(VM& vm, Slot slot) const {
    JSString* empty = vm.atoms().empty_string();
    if (slot == Slot::Input) return input_valid_ ? (input_ ? input_ : empty) : nullptr;
    if (!match_valid_) return nullptr;
    if (!subject_) return empty;
    // A group that did not participate reads as the empty String.
    auto range = [&](std::int32_t start, std::int32_t end) {
        if (start < 0) return empty;
        return JSString::substring(vm, subject_, static_cast<std::uint32_t>(start),
                                   static_cast<std::uint32_t>(end));
    };
    switch (slot) {
    case Slot::LastMatch:
        return range(match_start_, match_end_);
    case Slot::LastParen:
        return capture_count_ > 0 ? range(last_paren_[0], last_paren_[1]) : empty;
    case Slot::LeftContext:
        return range(0, match_start_);
    case Slot::RightContext:
        return range(match_end_, static_cast<std::int32_t>(subject_->length()));
    default: {
        auto i = static_cast<std::size_t>(slot) - static_cast<std::size_t>(Slot::Paren1);
        return range(parens_[2 * i], parens_[2 * i + 1]);
    }
    }
}

void initialize_regexp_constructor(VM& vm, Realm& realm) {
    // CreateBuiltinFunction with the legacy static properties' internal slots.
    auto* constructor = vm.heap().allocate<RegExpConstructor>(
        Shape::create_root(vm, realm.intrinsic(Intrinsic::FunctionPrototype)), regexp_constructor, &realm);
    SetFunctionLength(vm, constructor, 2);
    SetFunctionName(vm, constructor, PropertyKey::from_ascii(vm, "RegExp"));
    constructor->set_is_constructor(true);
    JSObject* prototype = realm.intrinsic(Intrinsic::RegExpPrototype);
    constructor->define_direct_property(vm, vm.names().prototype, prototype, 0);
    prototype->define_direct_property(vm, vm.names().constructor, constructor, kBuiltinAttributes);
    realm.set_intrinsic(Intrinsic::RegExpConstructor, constructor);

    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "escape"), regexp_escape, 1);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        regexp_species, nullptr, kConfigurable);
    define_legacy_accessors<Slot::Input>(vm, realm, constructor, "$_");
    define_legacy_accessors<Slot::LastMatch>(vm, realm, constructor, "$&");
    define_legacy_accessors<Slot::LastParen>(vm, realm, constructor, "$+");
    define_legacy_accessors<Slot::LeftContext>(vm, realm, constructor, "$`");
    define_legacy_accessors<Slot::RightContext>(vm, realm, constructor, "$'");
    define_legacy_accessors<Slot::Paren1>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren2>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren3>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren4>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren5>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren6>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren7>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren8>(vm, realm, constructor, nullptr);
    define_legacy_accessors<Slot::Paren9>(vm, realm, constructor, nullptr);
    define_global_property(vm, realm, "RegExp", constructor);
}

} // namespace yjs

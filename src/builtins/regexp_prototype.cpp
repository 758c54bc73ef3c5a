// %RegExp.prototype% (22.2.6): exec, test, toString, the flag accessors, source, and Annex B compile.
// The %Symbol.match% / %Symbol.replace% / ... methods are in regexp_prototype_symbols.cpp.
#include "builtins/builtins.h"
#include "builtins/regexp_object.h"
#include "builtins/regexp_prototype.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

ThrowCompletion throw_not_object(VM& vm, const char* method, Value value) {
    return vm.throw_type_error(std::string("RegExp.prototype.") + method + " called on incompatible receiver " +
                               describe_value(value));
}

// RequireInternalSlot(R, [[RegExpMatcher]]).
ThrowCompletionOr<RegExpObject*> this_regexp(VM& vm, Value value, const char* method) {
    auto* regexp = as_if<RegExpObject>(value);
    if (!regexp || !regexp->is_initialized()) return throw_not_object(vm, method, value);
    return regexp;
}

// RegExp.prototype.exec ( string )
ThrowCompletionOr<Value> regexp_exec(VM& vm, const NativeCallInfo& call) {
    RegExpObject* regexp = TRY(this_regexp(vm, call.this_value, "exec"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    return RegExpBuiltinExec(vm, regexp, s);
}

// RegExp.prototype.test ( S )
ThrowCompletionOr<Value> regexp_test(VM& vm, const NativeCallInfo& call) {
    if (!call.this_value.is_object()) return throw_not_object(vm, "test", call.this_value);
    JSString* string = TRY(ToString(vm, call.argument(0)));
    Value match = TRY(RegExpExec(vm, call.this_value.as_object(), string));
    return Value::boolean(!match.is_null());
}

// RegExp.prototype.toString ( )
ThrowCompletionOr<Value> regexp_to_string(VM& vm, const NativeCallInfo& call) {
    if (!call.this_value.is_object()) return throw_not_object(vm, "toString", call.this_value);
    JSObject* r = call.this_value.as_object();
    JSString* pattern = TRY(ToString(vm, TRY(r->get(vm, vm.names().source))));
    JSString* flags = TRY(ToString(vm, TRY(r->get(vm, vm.names().flags))));
    StringBuilder result;
    if (!result.append(u'/') || !result.append(pattern) || !result.append(u'/') || !result.append(flags))
        return throw_string_length_error(vm);
    return Value(result.build(vm));
}

// RegExpHasFlag ( R, codeUnit )
ThrowCompletionOr<Value> RegExpHasFlag(VM& vm, Value r, bool regexp::Flags::*flag, const char* name) {
    if (!r.is_object()) return throw_not_object(vm, name, r);
    auto* regexp = as_if<RegExpObject>(r);
    if (!regexp || !regexp->is_initialized()) {
        if (r.as_object() == vm.current_realm().intrinsic(Intrinsic::RegExpPrototype)) return Value::undefined();
        return throw_not_object(vm, name, r);
    }
    return Value::boolean(regexp->flags().*flag);
}

ThrowCompletionOr<Value> regexp_dot_all(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::dot_all, "dotAll");
}
ThrowCompletionOr<Value> regexp_global(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::global, "global");
}
ThrowCompletionOr<Value> regexp_has_indices(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::has_indices, "hasIndices");
}
ThrowCompletionOr<Value> regexp_ignore_case(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::ignore_case, "ignoreCase");
}
ThrowCompletionOr<Value> regexp_multiline(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::multiline, "multiline");
}
ThrowCompletionOr<Value> regexp_sticky(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::sticky, "sticky");
}
ThrowCompletionOr<Value> regexp_unicode(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::unicode, "unicode");
}
ThrowCompletionOr<Value> regexp_unicode_sets(VM& vm, const NativeCallInfo& call) {
    return RegExpHasFlag(vm, call.this_value, &regexp::Flags::unicode_sets, "unicodeSets");
}

// get RegExp.prototype.flags
ThrowCompletionOr<Value> regexp_flags(VM& vm, const NativeCallInfo& call) {
    if (!call.this_value.is_object()) return throw_not_object(vm, "flags", call.this_value);
    JSObject* r = call.this_value.as_object();
    static constexpr struct {
        const char* property;
        char flag;
    } kFlags[] = {{"hasIndices", 'd'}, {"global", 'g'},      {"ignoreCase", 'i'}, {"multiline", 'm'},
                  {"dotAll", 's'},     {"unicode", 'u'},     {"unicodeSets", 'v'}, {"sticky", 'y'}};
    std::string code_units;
    for (const auto& entry : kFlags) {
        Value value = TRY(r->get(vm, PropertyKey::from_ascii(vm, entry.property)));
        if (ToBoolean(value)) code_units.push_back(entry.flag);
    }
    return Value(JSString::from_ascii(vm, code_units));
}

// EscapeRegExpPattern ( P, F ): "/" outside classes and line terminators are escaped so that
// "/" + S + "/" + F parses as an equivalent RegularExpressionLiteral; the empty pattern is "(?:)".
JSString* EscapeRegExpPattern(VM& vm, JSString* pattern) {
    if (pattern->is_empty()) return JSString::from_ascii(vm, "(?:)");
    StringBuilder s;
    bool in_class = false;
    bool escaped = false;
    bool changed = false;
    for (std::uint32_t i = 0; i < pattern->length(); ++i) {
        char16_t c = pattern->at(i);
        bool ok = true;
        const char* line_terminator_escape = c == u'\n'   ? "n"
                                             : c == u'\r' ? "r"
                                             : c == 0x2028 ? "u2028"
                                             : c == 0x2029 ? "u2029"
                                                           : nullptr;
        if (line_terminator_escape) {
            // After a backslash the escape letter alone completes the sequence.
            ok = (escaped || s.append(u'\\')) && s.append_ascii(line_terminator_escape);
            changed = true;
            escaped = false;
            if (!ok) return pattern;
            continue;
        }
        if (escaped) {
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u'[') {
            in_class = true;
        } else if (c == u']') {
            in_class = false;
        } else if (c == u'/' && !in_class) {
            ok = s.append(u'\\');
            changed = true;
        }
        if (!ok || !s.append(c)) return pattern;
    }
    return changed ? s.build(vm) : pattern;
}

// get RegExp.prototype.source
ThrowCompletionOr<Value> regexp_source(VM& vm, const NativeCallInfo& call) {
    Value r = call.this_value;
    if (!r.is_object()) return throw_not_object(vm, "source", r);
    auto* regexp = as_if<RegExpObject>(r);
    if (!regexp || !regexp->is_initialized()) {
        if (r.as_object() == vm.current_realm().intrinsic(Intrinsic::RegExpPrototype))
            return Value(JSString::from_ascii(vm, "(?:)"));
        return throw_not_object(vm, "source", r);
    }
    return Value(EscapeRegExpPattern(vm, regexp->original_source()));
}

// RegExp.prototype.compile ( pattern, flags ) (B.2.4.1, with the legacy RegExp features checks).
ThrowCompletionOr<Value> regexp_compile(VM& vm, const NativeCallInfo& call) {
    RegExpObject* o = TRY(this_regexp(vm, call.this_value, "compile"));
    if (o->realm() != &vm.current_realm() || !o->legacy_features_enabled())
        return vm.throw_type_error("RegExp.prototype.compile cannot be used on this RegExp object");
    Value pattern = call.argument(0);
    Value flags = call.argument(1);
    Value p = pattern;
    Value f = flags;
    auto* pattern_object = as_if<RegExpObject>(pattern);
    if (pattern_object && pattern_object->is_initialized()) {
        if (!flags.is_undefined())
            return vm.throw_type_error("Cannot supply flags when constructing one RegExp from another");
        p = pattern_object->original_source();
        f = pattern_object->original_flags();
    }
    return Value(TRY(RegExpInitialize(vm, o, p, f)));
}

} // namespace

void initialize_regexp_prototype(VM& vm, Realm& realm) {
    // %RegExp.prototype% is an ordinary object, not a RegExp instance.
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::RegExpPrototype);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "exec"), regexp_exec, 1);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "test"), regexp_test, 1);
    prototype->define_native_function(vm, realm, vm.names().toString, regexp_to_string, 0);
    prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "compile"), regexp_compile, 2);
    struct Getter {
        const char* name;
        NativeFunctionPointer function;
    };
    static constexpr Getter kGetters[] = {
        {"dotAll", regexp_dot_all},         {"flags", regexp_flags},         {"global", regexp_global},
        {"hasIndices", regexp_has_indices}, {"ignoreCase", regexp_ignore_case}, {"multiline", regexp_multiline},
        {"source", regexp_source},          {"sticky", regexp_sticky},       {"unicode", regexp_unicode},
        {"unicodeSets", regexp_unicode_sets},
    };
    for (const Getter& getter : kGetters)
        prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, getter.name), getter.function,
                                          nullptr, kConfigurable);
    define_regexp_prototype_symbol_methods(vm, realm, prototype);
}

} // namespace yjs

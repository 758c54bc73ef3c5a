// RegExp.prototype [ %Symbol.match% ], [ %Symbol.matchAll% ], [ %Symbol.replace% ], [ %Symbol.search% ] and
// [ %Symbol.split% ] (22.2.6.8 - 22.2.6.14).
#include "builtins/builtins.h"
#include "builtins/regexp_object.h"
#include "builtins/regexp_prototype.h"
#include "builtins/regexp_string_iterator_prototype.h"
#include "builtins/string_builder.h"
#include "builtins/string_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/safe_point.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <string>

namespace yjs {

namespace {

ThrowCompletionOr<JSObject*> this_object(VM& vm, Value value, const char* method) {
    if (!value.is_object())
        return vm.throw_type_error(std::string("RegExp.prototype[") + method + "] called on incompatible receiver " +
                                   describe_value(value));
    return value.as_object();
}

bool contains_unit(JSString* string, char16_t unit) {
    for (std::uint32_t i = 0; i < string->length(); ++i)
        if (string->at(i) == unit) return true;
    return false;
}

// ? ToString(? Get(rx, "flags")).
ThrowCompletionOr<JSString*> get_flags(VM& vm, JSObject* rx) {
    return ToString(vm, TRY(rx->get(vm, vm.names().flags)));
}

PropertyKey index_property(VM& vm, std::uint64_t index) {
    if (index <= 0xFFFFFFFEull) return PropertyKey::from_index(static_cast<std::uint32_t>(index));
    return PropertyKey::from_string(vm, NumberToString(vm, static_cast<double>(index)));
}

// The step shared by %Symbol.match% and %Symbol.replace% after an empty match of a global search:
// lastIndex = AdvanceStringIndex(S, ToLength(lastIndex), fullUnicode).
ThrowCompletionOr<void> advance_after_empty_match(VM& vm, JSObject* rx, JSString* s, bool full_unicode) {
    double this_index = TRY(ToLength(vm, TRY(rx->get(vm, vm.names().lastIndex))));
    auto next_index = AdvanceStringIndex(s, static_cast<std::uint64_t>(this_index), full_unicode);
    TRY(rx->set(vm, vm.names().lastIndex, Value(static_cast<double>(next_index)), true));
    return {};
}

// RegExp.prototype [ %Symbol.match% ] ( string )
ThrowCompletionOr<Value> regexp_symbol_match(VM& vm, const NativeCallInfo& call) {
    JSObject* rx = TRY(this_object(vm, call.this_value, "Symbol.match"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    JSString* flags = TRY(get_flags(vm, rx));
    // 5. If flags does not contain "g", return ? RegExpExec(rx, S).
    if (!contains_unit(flags, u'g')) return RegExpExec(vm, rx, s);
    bool full_unicode = contains_unit(flags, u'u') || contains_unit(flags, u'v');
    TRY(rx->set(vm, vm.names().lastIndex, Value(0.0), true));
    MarkedValueVector matches(vm.heap());
    while (true) {
        TRY(poll_safe_point(vm));
        Value result = TRY(RegExpExec(vm, rx, s));
        if (result.is_null()) {
            if (matches.empty()) return Value::null();
            return Value(JSArray::create_from_list(vm, matches.span()));
        }
        JSString* match_string = TRY(ToString(vm, TRY(result.as_object()->get(vm, PropertyKey::from_index(0)))));
        matches.push_back(match_string);
        if (match_string->is_empty()) TRY(advance_after_empty_match(vm, rx, s, full_unicode));
    }
}

// RegExp.prototype [ %Symbol.matchAll% ] ( string )
ThrowCompletionOr<Value> regexp_symbol_match_all(VM& vm, const NativeCallInfo& call) {
    JSObject* r = TRY(this_object(vm, call.this_value, "Symbol.matchAll"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    // 4. Let C be ? SpeciesConstructor(R, %RegExp%).
    JSObject* c = TRY(SpeciesConstructor(vm, r, vm.current_realm().intrinsic(Intrinsic::RegExpConstructor)));
    JSString* flags = TRY(get_flags(vm, r));
    // 6. Let matcher be ? Construct(C, « R, flags »).
    Value arguments[] = {Value(r), Value(flags)};
    JSObject* matcher = TRY(Construct(vm, c, arguments));
    // 7-8. Copy lastIndex.
    double last_index = TRY(ToLength(vm, TRY(r->get(vm, vm.names().lastIndex))));
    TRY(matcher->set(vm, vm.names().lastIndex, Value(last_index), true));
    bool global = contains_unit(flags, u'g');
    bool full_unicode = contains_unit(flags, u'u') || contains_unit(flags, u'v');
    return Value(CreateRegExpStringIterator(vm, matcher, s, global, full_unicode));
}

// RegExp.prototype [ %Symbol.replace% ] ( string, replaceValue )
ThrowCompletionOr<Value> regexp_symbol_replace(VM& vm, const NativeCallInfo& call) {
    JSObject* rx = TRY(this_object(vm, call.this_value, "Symbol.replace"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    std::uint32_t length_s = s->length();
    Value replace_value = call.argument(1);
    bool functional_replace = IsCallable(replace_value);
    JSString* replace_template = nullptr;
    if (!functional_replace) replace_template = TRY(ToString(vm, replace_value));
    JSString* flags = TRY(get_flags(vm, rx));
    bool global = contains_unit(flags, u'g');
    bool full_unicode = false;
    if (global) {
        full_unicode = contains_unit(flags, u'u') || contains_unit(flags, u'v');
        TRY(rx->set(vm, vm.names().lastIndex, Value(0.0), true));
    }
    // 11-12. Collect the match results.
    MarkedValueVector results(vm.heap());
    while (true) {
        TRY(poll_safe_point(vm));
        Value result = TRY(RegExpExec(vm, rx, s));
        if (result.is_null()) break;
        results.push_back(result);
        if (!global) break;
        JSString* match_string = TRY(ToString(vm, TRY(result.as_object()->get(vm, PropertyKey::from_index(0)))));
        if (match_string->is_empty()) TRY(advance_after_empty_match(vm, rx, s, full_unicode));
    }
    StringBuilder accumulated_result;
    std::uint32_t next_source_position = 0;
    MarkedValueVector captures(vm.heap());
    for (Value result_value : results) {
        TRY(poll_safe_point(vm));
        JSObject* result = result_value.as_object();
        std::uint64_t result_length = TRY(LengthOfArrayLike(vm, result));
        std::uint64_t n_captures = result_length > 0 ? result_length - 1 : 0;
        JSString* matched = TRY(ToString(vm, TRY(result->get(vm, PropertyKey::from_index(0)))));
        std::uint32_t match_length = matched->length();
        double position_number = TRY(ToIntegerOrInfinity(vm, TRY(result->get(vm, vm.names().index))));
        auto position = static_cast<std::uint32_t>(std::clamp(position_number, 0.0, static_cast<double>(length_s)));
        captures.clear();
        for (std::uint64_t n = 1; n <= n_captures; ++n) {
            Value capture = TRY(result->get(vm, index_property(vm, n)));
            if (!capture.is_undefined()) capture = TRY(ToString(vm, capture));
            captures.push_back(capture);
        }
        Value named_captures = TRY(result->get(vm, vm.names().groups));
        JSString* replacement;
        if (functional_replace) {
            MarkedValueVector replacer_arguments(vm.heap());
            replacer_arguments.push_back(matched);
            for (Value capture : captures) replacer_arguments.push_back(capture);
            replacer_arguments.push_back(Value(static_cast<double>(position)));
            replacer_arguments.push_back(s);
            if (!named_captures.is_undefined()) replacer_arguments.push_back(named_captures);
            Value replacement_value = TRY(Call(vm, replace_value, Value::undefined(), replacer_arguments.span()));
            replacement = TRY(ToString(vm, replacement_value));
        } else {
            if (!named_captures.is_undefined()) named_captures = TRY(ToObject(vm, named_captures));
            replacement = TRY(GetSubstitution(vm, matched, s, position, captures.span(), named_captures,
                                              replace_template));
        }
        // A position that moved backwards (an ill-behaved exec) is ignored.
        if (position >= next_source_position) {
            if (!accumulated_result.append_substring(s, next_source_position, position) ||
                !accumulated_result.append(replacement))
                return throw_string_length_error(vm);
            next_source_position = static_cast<std::uint32_t>(
                std::min<std::uint64_t>(std::uint64_t(position) + match_length, std::uint64_t(0xFFFFFFFFu)));
        }
    }
    if (next_source_position >= length_s) return Value(accumulated_result.build(vm));
    if (!accumulated_result.append_substring(s, next_source_position, length_s)) return throw_string_length_error(vm);
    return Value(accumulated_result.build(vm));
}

// RegExp.prototype [ %Symbol.search% ] ( string )
ThrowCompletionOr<Value> regexp_symbol_search(VM& vm, const NativeCallInfo& call) {
    JSObject* rx = TRY(this_object(vm, call.this_value, "Symbol.search"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    Value previous_last_index = TRY(rx->get(vm, vm.names().lastIndex));
    // 5. If previousLastIndex is not +0𝔽, set lastIndex to +0𝔽.
    if (!SameValue(previous_last_index, Value(0.0))) TRY(rx->set(vm, vm.names().lastIndex, Value(0.0), true));
    Value result = TRY(RegExpExec(vm, rx, s));
    Value current_last_index = TRY(rx->get(vm, vm.names().lastIndex));
    if (!SameValue(current_last_index, previous_last_index))
        TRY(rx->set(vm, vm.names().lastIndex, previous_last_index, true));
    if (result.is_null()) return Value(-1.0);
    return result.as_object()->get(vm, vm.names().index);
}

// RegExp.prototype [ %Symbol.split% ] ( string, limit )
ThrowCompletionOr<Value> regexp_symbol_split(VM& vm, const NativeCallInfo& call) {
    JSObject* rx = TRY(this_object(vm, call.this_value, "Symbol.split"));
    JSString* s = TRY(ToString(vm, call.argument(0)));
    // 4. Let C be ? SpeciesConstructor(rx, %RegExp%).
    JSObject* c = TRY(SpeciesConstructor(vm, rx, vm.current_realm().intrinsic(Intrinsic::RegExpConstructor)));
    JSString* flags = TRY(get_flags(vm, rx));
    bool unicode_matching = contains_unit(flags, u'u') || contains_unit(flags, u'v');
    // 8-9. The splitter is sticky.
    JSString* new_flags = contains_unit(flags, u'y') ? flags : JSString::concat(vm, flags, JSString::from_ascii(vm, "y"));
    Value arguments[] = {Value(rx), Value(new_flags)};
    JSObject* splitter = TRY(Construct(vm, c, arguments));
    JSArray* a = JSArray::create(vm, 0);
    std::uint32_t length_a = 0;
    // 13. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
    std::uint32_t lim = call.argument(1).is_undefined() ? 0xFFFFFFFFu : TRY(ToUint32(vm, call.argument(1)));
    if (lim == 0) return Value(a);
    if (s->is_empty()) {
        Value z = TRY(RegExpExec(vm, splitter, s));
        if (!z.is_null()) return Value(a);
        (void)a->create_data_property(vm, PropertyKey::from_index(0), s);
        return Value(a);
    }
    std::uint32_t size = s->length();
    std::uint32_t p = 0;
    std::uint32_t q = p;
    while (q < size) {
        TRY(splitter->set(vm, vm.names().lastIndex, Value(static_cast<double>(q)), true));
        Value z = TRY(RegExpExec(vm, splitter, s));
        if (z.is_null()) {
            q = static_cast<std::uint32_t>(AdvanceStringIndex(s, q, unicode_matching));
            continue;
        }
        double e_number = TRY(ToLength(vm, TRY(splitter->get(vm, vm.names().lastIndex))));
        auto e = static_cast<std::uint32_t>(std::min(e_number, static_cast<double>(size)));
        if (e == p) {
            q = static_cast<std::uint32_t>(AdvanceStringIndex(s, q, unicode_matching));
            continue;
        }
        (void)a->create_data_property(vm, PropertyKey::from_index(length_a), JSString::substring(vm, s, p, q));
        ++length_a;
        if (length_a == lim) return Value(a);
        p = e;
        std::uint64_t number_of_captures = TRY(LengthOfArrayLike(vm, z.as_object()));
        number_of_captures = number_of_captures > 0 ? number_of_captures - 1 : 0;
        for (std::uint64_t i = 1; i <= number_of_captures; ++i) {
            Value next_capture = TRY(z.as_object()->get(vm, index_property(vm, i)));
            (void)a->create_data_property(vm, PropertyKey::from_index(length_a), next_capture);
            ++length_a;
            if (length_a == lim) return Value(a);
        }
        q = p;
    }
    (void)a->create_data_property(vm, PropertyKey::from_index(length_a), JSString::substring(vm, s, p, size));
    return Value(a);
}

} // namespace

void define_regexp_prototype_symbol_methods(VM& vm, Realm& realm, JSObject* prototype) {
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    define_symbol_method(vm, realm, prototype, symbols.match, regexp_symbol_match, 1);
    define_symbol_method(vm, realm, prototype, symbols.matchAll, regexp_symbol_match_all, 1);
    define_symbol_method(vm, realm, prototype, symbols.replace, regexp_symbol_replace, 2);
    define_symbol_method(vm, realm, prototype, symbols.search, regexp_symbol_search, 1);
    define_symbol_method(vm, realm, prototype, symbols.split, regexp_symbol_split, 2);
}

} // namespace yjs

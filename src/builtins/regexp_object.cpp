// RegExp instances and the abstract operations for RegExp creation and matching (22.2.3, 22.2.7).
#include "builtins/regexp_object.h"

#include "builtins/regexp_constructor.h"
#include "builtins/string_builder.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

#include <string>
#include <vector>

namespace yjs {

namespace {

// The backtracking VM's stack is bounded so that a pathological pattern fails with a RangeError (as in
// V8) instead of exhausting memory.
constexpr std::uint64_t kMaxBacktrackEntries = std::uint64_t(1) << 23;

std::string syntax_error_message(JSString* pattern, JSString* flags, const std::string& message) {
    return "Invalid regular expression: /" + pattern->to_utf8() + "/" + flags->to_utf8() + ": " + message;
}

} // namespace

RegExpObject::RegExpObject(Shape* shape) : JSObject(shape) { set_ordinary_methods(true, true); }

void RegExpObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(original_source_);
    visitor.visit(original_flags_);
    visitor.visit(realm_);
}

ThrowCompletionOr<RegExpObject*> RegExpAlloc(VM& vm, JSObject* new_target) {
    // 1. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%RegExp.prototype%", « ... »).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, new_target, Intrinsic::RegExpPrototype));
    auto* object = vm.heap().allocate<RegExpObject>(Shape::create_root(vm, prototype));
    // 2. Perform ! DefinePropertyOrThrow(obj, "lastIndex", { [[Writable]]: true, [[Enumerable]]: false,
    //    [[Configurable]]: false }).
    object->define_direct_property(vm, vm.names().lastIndex, Value::undefined(), kWritable);
    Realm& this_realm = vm.current_realm();
    object->set_legacy_state(&this_realm, new_target == this_realm.intrinsic(Intrinsic::RegExpConstructor));
    return object;
}

ThrowCompletionOr<RegExpObject*> RegExpInitialize(VM& vm, RegExpObject* object, Value pattern, Value flags) {
    // 1-4. P and F as Strings (undefined gives the empty String).
    JSString* p = pattern.is_undefined() ? vm.atoms().empty_string() : TRY(ToString(vm, pattern));
    JSString* f = flags.is_undefined() ? vm.atoms().empty_string() : TRY(ToString(vm, flags));
    // 5. Invalid or repeated flags are a SyntaxError.
    std::u16string flag_units = to_utf16(f);
    auto parsed_flags = regexp::parse_flags(flag_units);
    if (!parsed_flags)
        return vm.throw_syntax_error("Invalid flags supplied to RegExp constructor '" + f->to_utf8() + "'");
    // 6-17. Parse and compile the pattern.
    auto compiled = regexp::compile(to_utf16(p), *parsed_flags);
    if (!compiled.ok()) return vm.throw_syntax_error(syntax_error_message(p, f, compiled.error().message));
    object->initialize(p, f, compiled.program());
    // 18. Perform ? Set(obj, "lastIndex", +0𝔽, true).
    TRY(object->set(vm, vm.names().lastIndex, Value(0.0), true));
    return object;
}

ThrowCompletionOr<RegExpObject*> RegExpCreate(VM& vm, Value pattern, Value flags) {
    // 1. Let obj be ! RegExpAlloc(%RegExp%).
    RegExpObject* object = TRY(RegExpAlloc(vm, vm.current_realm().intrinsic(Intrinsic::RegExpConstructor)));
    // 2. Return ? RegExpInitialize(obj, P, F).
    return RegExpInitialize(vm, object, pattern, flags);
}

ThrowCompletionOr<Value> RegExpExec(VM& vm, JSObject* regexp, JSString* string) {
    // 1. Let exec be ? Get(R, "exec").
    Value exec = TRY(regexp->get(vm, PropertyKey::from_ascii(vm, "exec")));
    // 2. If IsCallable(exec) is true, call it; the result must be an Object or null.
    if (IsCallable(exec)) {
        Value arguments[] = {Value(string)};
        Value result = TRY(Call(vm, exec, regexp, arguments));
        if (!result.is_object() && !result.is_null())
            return vm.throw_type_error("The result of a RegExp exec method must be an object or null");
        return result;
    }
    // 3. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
    auto* object = as_if<RegExpObject>(regexp);
    if (!object || !object->is_initialized())
        return vm.throw_type_error("RegExp exec method called on an incompatible receiver " +
                                   describe_value(regexp));
    return RegExpBuiltinExec(vm, object, string);
}

namespace {

// GetMatchIndexPair(S, match): [start, end].
JSObject* make_index_pair(VM& vm, std::int32_t start, std::int32_t end) {
    Value pair[] = {Value(static_cast<double>(start)), Value(static_cast<double>(end))};
    return JSArray::create_from_list(vm, pair);
}

// MakeMatchIndicesIndexPairArray(S, indices, groupNames, hasGroups).
JSObject* MakeMatchIndicesIndexPairArray(VM& vm, const std::vector<std::int32_t>& captures,
                                         const std::vector<const std::u16string*>& group_names, bool has_groups) {
    std::size_t n = captures.size() / 2;
    JSArray* a = JSArray::create(vm, static_cast<std::uint32_t>(n));
    JSObject* groups = has_groups ? JSObject::create(vm, nullptr) : nullptr;
    (void)a->create_data_property(vm, vm.names().groups, groups ? Value(groups) : Value::undefined());
    for (std::size_t i = 0; i < n; ++i) {
        std::int32_t start = captures[2 * i];
        Value pair = start < 0 ? Value::undefined() : Value(make_index_pair(vm, start, captures[2 * i + 1]));
        (void)a->create_data_property(vm, PropertyKey::from_index(static_cast<std::uint32_t>(i)), pair);
        if (i > 0 && group_names[i - 1])
            (void)groups->create_data_property(vm, PropertyKey::from_string(vm, *group_names[i - 1]), pair);
    }
    return a;
}

} // namespace

ThrowCompletionOr<Value> RegExpBuiltinExec(VM& vm, RegExpObject* regexp, JSString* string) {
    std::uint32_t length = string->length();
    // 2. Let lastIndex be ℝ(? ToLength(? Get(R, "lastIndex"))).
    double last_index = TRY(ToLength(vm, TRY(regexp->get(vm, vm.names().lastIndex))));
    const regexp::Program& program = regexp->program();
    regexp::Flags flags = program.flags();
    bool global = flags.global;
    bool sticky = flags.sticky;
    // 7. If global is false and sticky is false, set lastIndex to 0.
    if (!global && !sticky) last_index = 0;
    // 13.a. If lastIndex > length, fail (resetting lastIndex for global and sticky regular expressions).
    if (last_index > length) {
        if (global || sticky) TRY(regexp->set(vm, vm.names().lastIndex, Value(0.0), true));
        return Value::null();
    }
    std::vector<std::int32_t> captures(program.capture_slot_count());
    regexp::MatchLimits limits;
    limits.max_backtrack_entries = kMaxBacktrackEntries;
    // The matcher's backtracking loop is a safe point for termination (a catastrophic pattern can run for
    // ages without growing its backtrack stack).
    limits.should_interrupt = [](void* heap) {
        return static_cast<Heap*>(heap)->interrupts().has(Interrupts::kTermination);
    };
    limits.interrupt_data = &vm.heap();
    auto start = static_cast<std::uint32_t>(last_index);
    regexp::MatchMode mode = sticky ? regexp::MatchMode::Sticky : regexp::MatchMode::Search;
    regexp::MatchStatus status =
        string->is_8bit() ? regexp::match(program, string->latin1_view(), start, mode, captures, &limits)
                          : regexp::match(program, string->utf16_view(), start, mode, captures, &limits);
    if (status == regexp::MatchStatus::Interrupted) return vm.throw_termination();
    if (status == regexp::MatchStatus::BacktrackOverflow)
        return vm.throw_range_error("Maximum call stack size exceeded");
    if (status == regexp::MatchStatus::NoMatch) {
        if (global || sticky) TRY(regexp->set(vm, vm.names().lastIndex, Value(0.0), true));
        return Value::null();
    }
    std::int32_t match_start = captures[0];
    std::int32_t e = captures[1];
    // 16. If global is true or sticky is true, perform ? Set(R, "lastIndex", 𝔽(e), true).
    if (global || sticky) TRY(regexp->set(vm, vm.names().lastIndex, Value(static_cast<double>(e)), true));
    std::uint32_t n = program.capture_count();
    // 20. Let A be ! ArrayCreate(n + 1).
    JSArray* a = JSArray::create(vm, n + 1);
    (void)a->create_data_property(vm, vm.names().index, Value(static_cast<double>(match_start)));
    (void)a->create_data_property(vm, vm.names().input, Value(string));
    (void)a->create_data_property(vm, PropertyKey::from_index(0),
                                  JSString::substring(vm, string, static_cast<std::uint32_t>(match_start),
                                                      static_cast<std::uint32_t>(e)));
    bool has_groups = !program.named_groups().empty();
    JSObject* groups = has_groups ? JSObject::create(vm, nullptr) : nullptr;
    (void)a->create_data_property(vm, vm.names().groups, groups ? Value(groups) : Value::undefined());
    std::vector<const std::u16string*> group_names(n, nullptr);
    std::vector<const std::u16string*> matched_group_names;
    for (std::uint32_t i = 1; i <= n; ++i) {
        std::int32_t capture_start = captures[2 * i];
        Value captured_value = Value::undefined();
        if (capture_start >= 0)
            captured_value = JSString::substring(vm, string, static_cast<std::uint32_t>(capture_start),
                                                 static_cast<std::uint32_t>(captures[2 * i + 1]));
        (void)a->create_data_property(vm, PropertyKey::from_index(i), captured_value);
        const std::u16string* name = program.capture_name(i);
        if (!name) continue;
        bool already_matched = false;
        for (const std::u16string* matched : matched_group_names)
            if (*matched == *name) already_matched = true;
        // A group of a duplicate name that did not participate leaves the matched one's value in place.
        if (already_matched) continue;
        if (!captured_value.is_undefined()) matched_group_names.push_back(name);
        (void)groups->create_data_property(vm, PropertyKey::from_string(vm, *name), captured_value);
        group_names[i - 1] = name;
    }
    // 34. If hasIndices is true, add "indices".
    if (flags.has_indices) {
        JSObject* indices = MakeMatchIndicesIndexPairArray(vm, captures, group_names, has_groups);
        (void)a->create_data_property(vm, vm.names().indices, indices);
    }
    // Legacy RegExp features: a match by a RegExp of the current realm updates that realm's %RegExp%
    // static properties, or invalidates them if the RegExp was made by a subclass.
    Realm& this_realm = vm.current_realm();
    if (regexp->realm() == &this_realm) {
        auto* c = static_cast<RegExpConstructor*>(this_realm.intrinsic(Intrinsic::RegExpConstructor));
        if (regexp->legacy_features_enabled())
            c->update_legacy_static_properties(string, captures);
        else
            c->invalidate_legacy_static_properties();
    }
    return Value(a);
}

std::uint64_t AdvanceStringIndex(JSString* string, std::uint64_t index, bool unicode) {
    if (!unicode) return index + 1;
    std::uint64_t length = string->length();
    if (index + 1 >= length) return index + 1;
    auto i = static_cast<std::uint32_t>(index);
    if (is_leading_surrogate(string->at(i)) && is_trailing_surrogate(string->at(i + 1))) return index + 2;
    return index + 1;
}

} // namespace yjs

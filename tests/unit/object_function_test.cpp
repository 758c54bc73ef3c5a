// Native and bound functions, errors, realms and VM services.
#include "object_test_util.h"

#include "runtime/error.h"

#include <cmath>
#include <string>
#include <vector>

namespace yjs::object_test {
namespace {

using FunctionTest = ObjectTest;
using Strings = std::vector<std::string>;

Realm* g_seen_realm = nullptr;

// Returns [this, ...arguments] joined by "," as a string, recording the current realm.
ThrowCompletionOr<Value> join_call(VM& vm, const NativeCallInfo& info) {
    g_seen_realm = &vm.current_realm();
    std::string text = describe_value(info.this_value);
    for (Value v : info.arguments)
        text += "," + describe_value(v);
    return Value(JSString::from_utf8(vm, text));
}

// A constructor creating { newTarget: new.target, count: arguments.length }.
ThrowCompletionOr<Value> construct_record(VM& vm, const NativeCallInfo& info) {
    if (!info.new_target) return vm.throw_type_error("Constructor requires 'new'");
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, info.new_target, Intrinsic::ObjectPrototype));
    JSObject* result = JSObject::create(vm, prototype);
    TRY(result->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "newTarget"), info.new_target));
    TRY(result->create_data_property_or_throw(vm, PropertyKey::from_ascii(vm, "count"),
                                              Value(double(info.argument_count()))));
    return result;
}

ThrowCompletionOr<Value> throw_range(VM& vm, const NativeCallInfo&) {
    return vm.throw_range_error("bad range");
}

ThrowCompletionOr<Value> recurse(VM& vm, const NativeCallInfo& info) {
    return Call(vm, info.callee, Value::undefined());
}

TEST_F(FunctionTest, CreateBuiltinFunctionDefinesLengthThenName) {
    NativeFunction* f = NativeFunction::create(vm, realm, join_call, 2, key("join"));
    EXPECT_EQ(own_keys(f), (Strings{"length", "name"}));
    auto length = must(f->internal_get_own_property(vm, vm.names().length));
    EXPECT_EQ(length->value->as_number(), 2);
    EXPECT_FALSE(*length->writable || *length->enumerable);
    EXPECT_TRUE(*length->configurable);
    auto name = must(f->internal_get_own_property(vm, vm.names().name));
    EXPECT_EQ(utf8(*name->value), "join");
    EXPECT_FALSE(*name->writable || *name->enumerable);
    EXPECT_TRUE(*name->configurable);
    EXPECT_EQ(utf8(f->initial_name()), "join");
    EXPECT_EQ(GetFunctionRealm(vm, f).release_value(), &realm);

    Symbol* described = vm.heap().allocate<Symbol>(string("Symbol.iterator"));
    NativeFunction* by_symbol =
        NativeFunction::create(vm, realm, join_call, 0, PropertyKey::from_symbol(described));
    EXPECT_EQ(utf8(must(by_symbol->get(vm, vm.names().name))), "[Symbol.iterator]");
    Symbol* anonymous = vm.heap().allocate<Symbol>(nullptr);
    NativeFunction* empty =
        NativeFunction::create(vm, realm, join_call, 0, PropertyKey::from_symbol(anonymous));
    EXPECT_EQ(utf8(must(empty->get(vm, vm.names().name))), "");
    NativeFunction* bound = NativeFunction::create(vm, realm, join_call, 0, key("f"), nullptr, "bound");
    EXPECT_EQ(utf8(must(bound->get(vm, vm.names().name))), "bound f");
}

TEST_F(FunctionTest, CallPassesThisAndArgumentsInTheFunctionsRealm) {
    Realm* other = vm.create_realm();
    NativeFunction* f = NativeFunction::create(vm, *other, join_call, 0, key("f"));
    Value arguments[] = {Value(1.0), str("a")};
    Value result = must(Call(vm, f, Value(5.0), arguments));
    EXPECT_EQ(utf8(result), "5,1,\"a\"");
    EXPECT_EQ(g_seen_realm, other);
    EXPECT_EQ(&vm.current_realm(), &realm);
    EXPECT_EQ(thrown_message(Call(vm, Value(1.0), Value::undefined())), "1 is not a function");
    // Exceptions propagate and the realm is restored.
    NativeFunction* thrower = NativeFunction::create(vm, *other, throw_range, 0, key("t"));
    EXPECT_EQ(thrown_message(Call(vm, thrower, Value::undefined())), "bad range");
    EXPECT_EQ(&vm.current_realm(), &realm);
}

TEST_F(FunctionTest, ConstructPassesNewTarget) {
    NativeFunction* c = NativeFunction::create(vm, realm, construct_record, 0, key("C"));
    c->set_is_constructor(true);
    JSObject* prototype = new_object();
    c->define_direct_property(vm, vm.names().prototype, prototype, 0);
    EXPECT_TRUE(IsConstructor(c));
    JSObject* made = must(Construct(vm, c));
    EXPECT_EQ(made->prototype(), prototype);
    EXPECT_EQ(must(made->get(vm, key("newTarget"))).as_object(), c);
    EXPECT_EQ(thrown_message(Call(vm, c, Value::undefined())), "Constructor requires 'new'");
    EXPECT_TRUE(must(OrdinaryHasInstance(vm, c, made)));
    EXPECT_TRUE(must(InstanceofOperator(vm, made, c)));
    EXPECT_FALSE(must(InstanceofOperator(vm, new_object(), c)));
    EXPECT_FALSE(must(InstanceofOperator(vm, Value(1.0), c)));
    EXPECT_EQ(thrown_message(InstanceofOperator(vm, made, Value(1.0))),
              "Right-hand side of 'instanceof' is not an object");
    EXPECT_EQ(thrown_message(InstanceofOperator(vm, made, new_object())),
              "Right-hand side of 'instanceof' is not callable");
}

TEST_F(FunctionTest, BoundFunctions) {
    NativeFunction* f = NativeFunction::create(vm, realm, join_call, 3, key("f"));
    Value bound_arguments[] = {Value(1.0)};
    BoundFunction* bound = must(BoundFunction::create(vm, f, str("self"), bound_arguments));
    EXPECT_EQ(bound->prototype(), realm.intrinsic(Intrinsic::FunctionPrototype));
    EXPECT_TRUE(IsCallable(bound));
    EXPECT_FALSE(IsConstructor(bound));
    EXPECT_EQ(own_keys(bound), Strings{});
    Value more[] = {Value(2.0)};
    EXPECT_EQ(utf8(must(Call(vm, bound, Value::undefined(), more))), "\"self\",1,2");
    EXPECT_EQ(GetFunctionRealm(vm, bound).release_value(), &realm);
    // The prototype comes from the target's [[GetPrototypeOf]].
    JSObject* custom = new_object();
    must(f->internal_set_prototype_of(vm, custom));
    BoundFunction* rebound = must(BoundFunction::create(vm, f, Value::undefined(), {}));
    EXPECT_EQ(rebound->prototype(), custom);

    NativeFunction* c = NativeFunction::create(vm, realm, construct_record, 0, key("C"));
    c->set_is_constructor(true);
    c->define_direct_property(vm, vm.names().prototype, new_object(), 0);
    BoundFunction* bound_c = must(BoundFunction::create(vm, c, Value::undefined(), bound_arguments));
    EXPECT_TRUE(IsConstructor(bound_c));
    JSObject* made = must(Construct(vm, bound_c, more));
    EXPECT_EQ(must(made->get(vm, key("newTarget"))).as_object(), c);
    EXPECT_EQ(must(made->get(vm, key("count"))).as_number(), 2);
    // instanceof looks through bound functions.
    EXPECT_TRUE(must(InstanceofOperator(vm, made, bound_c)));
}

TEST_F(FunctionTest, SpeciesConstructor) {
    NativeFunction* fallback = NativeFunction::create(vm, realm, construct_record, 0, key("D"));
    JSObject* o = new_object();
    EXPECT_EQ(must(SpeciesConstructor(vm, o, fallback)), fallback);
    must(o->create_data_property(vm, vm.names().constructor, Value(1.0)));
    EXPECT_TRUE(SpeciesConstructor(vm, o, fallback).is_throw_completion());
    vm.clear_exception();
    JSObject* constructor = new_object();
    must(o->create_data_property(vm, vm.names().constructor, constructor));
    EXPECT_EQ(must(SpeciesConstructor(vm, o, fallback)), fallback);
    NativeFunction* species = NativeFunction::create(vm, realm, construct_record, 0, key("S"));
    species->set_is_constructor(true);
    must(constructor->create_data_property(vm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                           species));
    EXPECT_EQ(must(SpeciesConstructor(vm, o, fallback)), species);
}

TEST_F(FunctionTest, ErrorsCarryMessageAndStack) {
    auto completion = vm.throw_type_error("something broke");
    (void)completion;
    ASSERT_TRUE(vm.has_exception());
    Value exception = vm.take_exception();
    EXPECT_FALSE(vm.has_exception());
    auto* error = as_if<ErrorObject>(exception);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->builtin_tag(), BuiltinTag::Error);
    EXPECT_EQ(error->prototype(), realm.intrinsic(Intrinsic::TypeErrorPrototype));
    auto message = must(error->internal_get_own_property(vm, vm.names().message));
    ASSERT_TRUE(message);
    EXPECT_EQ(utf8(*message->value), "something broke");
    EXPECT_FALSE(*message->enumerable);
    // The stack trace is in an internal slot, read by the Error.prototype.stack accessor.
    EXPECT_FALSE(must(error->has_own_property(vm, vm.names().stack)));
    ASSERT_TRUE(error->stack_trace());
    EXPECT_EQ(utf8(Value(error->stack_trace())).rfind("TypeError: something broke", 0), 0u);
    EXPECT_EQ(utf8(must(error->get(vm, vm.names().stack))).rfind("TypeError: something broke", 0), 0u);

    // The header uses the prototype chain's "name".
    JSObject* prototype = new_object();
    must(prototype->create_data_property(vm, vm.names().name, str("MyError")));
    ErrorObject* custom = ErrorObject::create(vm, prototype, string("oops"));
    EXPECT_EQ(utf8(Value(custom->stack_trace())).rfind("MyError: oops", 0), 0u);
    ErrorObject* bare = ErrorObject::create(vm, prototype, nullptr);
    EXPECT_FALSE(must(bare->has_own_property(vm, vm.names().message)));
    EXPECT_EQ(utf8(Value(bare->stack_trace())).rfind("MyError", 0), 0u);
    EXPECT_EQ(utf8(must(ObjectPrototypeToString(vm, custom))), "[object Error]");
}

TEST_F(FunctionTest, NativeRecursionHitsTheStackGuard) {
    NativeFunction* f = NativeFunction::create(vm, realm, recurse, 0, key("recurse"));
    EXPECT_EQ(thrown_message(Call(vm, f, Value::undefined())), "Maximum call stack size exceeded");
    EXPECT_FALSE(vm.native_stack_exhausted());
}

TEST_F(FunctionTest, RealmSetup) {
    JSObject* global = realm.global_object();
    ASSERT_TRUE(global);
    EXPECT_EQ(global->prototype(), object_prototype());
    EXPECT_TRUE(realm.global_environment());
    auto global_this = must(global->internal_get_own_property(vm, vm.names().globalThis));
    ASSERT_TRUE(global_this);
    EXPECT_EQ(global_this->value->as_object(), global);
    EXPECT_TRUE(*global_this->writable && !*global_this->enumerable && *global_this->configurable);
    auto nan = must(global->internal_get_own_property(vm, vm.names().NaN));
    ASSERT_TRUE(nan);
    EXPECT_TRUE(std::isnan(nan->value->as_number()));
    EXPECT_FALSE(*nan->writable || *nan->enumerable || *nan->configurable);
    EXPECT_TRUE(must(global->get(vm, vm.names().undefined)).is_undefined());
    EXPECT_EQ(must(global->get(vm, vm.names().Infinity)).as_number(), INFINITY);

    JSObject* function_prototype = realm.intrinsic(Intrinsic::FunctionPrototype);
    EXPECT_TRUE(function_prototype->is_callable());
    EXPECT_FALSE(function_prototype->is_constructor());
    EXPECT_EQ(function_prototype->prototype(), object_prototype());
    EXPECT_TRUE(must(Call(vm, function_prototype, Value::undefined())).is_undefined());
    EXPECT_EQ(utf8(must(function_prototype->get(vm, vm.names().name))), "");

    JSObject* thrower = realm.intrinsic(Intrinsic::ThrowTypeError);
    EXPECT_TRUE(must(thrower->test_integrity_level(vm, true)));
    EXPECT_EQ(own_keys(thrower), (Strings{"length", "name"}));
    EXPECT_TRUE(Call(vm, thrower, Value::undefined()).is_throw_completion());
    vm.clear_exception();
    auto caller = must(function_prototype->internal_get_own_property(vm, vm.names().caller));
    ASSERT_TRUE(caller && caller->is_accessor_descriptor());
    EXPECT_EQ(*caller->get, thrower);
    EXPECT_EQ(*caller->set, thrower);
    EXPECT_FALSE(*caller->enumerable);
    EXPECT_TRUE(*caller->configurable);

    // Realms are independent.
    Realm* other = vm.create_realm();
    EXPECT_NE(other->intrinsic(Intrinsic::ObjectPrototype), object_prototype());
    EXPECT_NE(other->intrinsic(Intrinsic::ThrowTypeError), thrower);
    EXPECT_EQ(&vm.current_realm(), &realm);
}

TEST_F(FunctionTest, JobsRunInOrderAndReportThrows) {
    std::vector<int> order;
    auto make_job = [](std::function<ThrowCompletionOr<void>(VM&)> run) {
        Job job;
        job.run = std::move(run);
        return job;
    };
    vm.enqueue_job(make_job([&order](VM&) -> ThrowCompletionOr<void> {
        order.push_back(1);
        return {};
    }));
    vm.enqueue_job(make_job([&order](VM& vm) -> ThrowCompletionOr<void> {
        order.push_back(2);
        return vm.throw_type_error("job failed");
    }));
    vm.enqueue_promise_job(make_job([&order](VM&) -> ThrowCompletionOr<void> {
        order.push_back(3);
        return {};
    }));
    EXPECT_TRUE(vm.has_pending_jobs());
    EXPECT_EQ(thrown_message(vm.run_jobs()), "job failed");
    EXPECT_EQ(order, (std::vector<int>{1, 2}));
    must(vm.run_jobs());
    EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
    EXPECT_FALSE(vm.has_pending_jobs());
}

TEST_F(FunctionTest, SymbolRegistry) {
    Symbol* a = vm.symbol_for(string("app"));
    Symbol* b = vm.symbol_for(string("app"));
    EXPECT_EQ(a, b);
    EXPECT_TRUE(a->is_registered());
    EXPECT_EQ(utf8(vm.symbol_key_for(a)), "app");
    EXPECT_TRUE(vm.symbol_key_for(vm.well_known_symbols().iterator).is_undefined());
    EXPECT_EQ(vm.well_known_symbols().iterator->description()->to_utf8(), "Symbol.iterator");
    EXPECT_EQ(vm.names().return_.as_atom()->to_utf8(), "return");
    EXPECT_EQ(vm.names().star_default.as_atom()->to_utf8(), "*default*");
}

TEST_F(FunctionTest, CopyDataPropertiesAndEnumerableOwnProperties) {
    JSObject* source = new_object();
    must(source->create_data_property(vm, key("a"), Value(1.0)));
    must(source->create_data_property(vm, key("b"), Value(2.0)));
    source->define_direct_property(vm, key("hidden"), Value(3.0), kWritable | kConfigurable);
    must(source->create_data_property(vm, PropertyKey::from_index(0), Value(0.0)));
    JSObject* target = new_object();
    PropertyKey excluded[] = {key("b")};
    must(CopyDataProperties(vm, target, source, excluded));
    EXPECT_EQ(own_keys(target), (Strings{"0", "a"}));
    must(CopyDataProperties(vm, target, Value::null()));
    must(CopyDataProperties(vm, target, str("xy")));
    EXPECT_EQ(utf8(must(target->get(vm, PropertyKey::from_index(1)))), "y");

    MarkedValueVector keys = must(EnumerableOwnProperties(vm, source, PropertyKind::Key));
    ASSERT_EQ(keys.size(), 3u);
    EXPECT_EQ(utf8(keys[0]), "0");
    EXPECT_EQ(utf8(keys[2]), "b");
    MarkedValueVector values = must(EnumerableOwnProperties(vm, source, PropertyKind::Value));
    EXPECT_EQ(values[1].as_number(), 1);
    MarkedValueVector entries = must(EnumerableOwnProperties(vm, source, PropertyKind::KeyAndValue));
    ASSERT_TRUE(entries[2].is_object() && entries[2].as_object()->is_array());
    EXPECT_EQ(utf8(must(entries[2].as_object()->get(vm, PropertyKey::from_index(0)))), "b");
    EXPECT_EQ(must(entries[2].as_object()->get(vm, PropertyKey::from_index(1))).as_number(), 2);
}

TEST_F(FunctionTest, CreateIterResultObject) {
    JSObject* result = CreateIterResultObject(vm, Value(1.0), false);
    EXPECT_EQ(own_keys(result), (Strings{"value", "done"}));
    EXPECT_TRUE(must(result->get(vm, vm.names().done)).is_false());
    EXPECT_EQ(result->shape(), CreateIterResultObject(vm, Value(2.0), true)->shape());
}

} // namespace
} // namespace yjs::object_test

#include "vm/js_function.h"

#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/interpreter.h"

namespace yjs {

namespace {

bool code_is_constructor(const CodeBlock* code) {
    switch (code->code_kind) {
    case CodeKind::ClassConstructor:
    case CodeKind::DerivedConstructor:
        return true;
    case CodeKind::Function:
        return code->function_kind == FunctionKind::Normal && !code->is_method && !code->is_accessor;
    default:
        return false;
    }
}

// Non-strict plain functions carry "arguments" and "caller" as V8's do (an implementation extension 17.1
// allows for them; strict functions must not have them). Their value is always null.
bool has_legacy_caller_and_arguments(const CodeBlock* code) {
    return !code->strict && code->code_kind == CodeKind::Function &&
           code->function_kind == FunctionKind::Normal && !code->is_method;
}

JSObject* default_function_prototype(Realm& realm, FunctionKind kind) {
    JSObject* prototype = nullptr;
    switch (kind) {
    case FunctionKind::Normal:
        break;
    case FunctionKind::Generator:
        prototype = realm.intrinsic(Intrinsic::GeneratorFunctionPrototype);
        break;
    case FunctionKind::Async:
        prototype = realm.intrinsic(Intrinsic::AsyncFunctionPrototype);
        break;
    case FunctionKind::AsyncGenerator:
        prototype = realm.intrinsic(Intrinsic::AsyncGeneratorFunctionPrototype);
        break;
    }
    return prototype ? prototype : realm.intrinsic(Intrinsic::FunctionPrototype);
}

// How many own properties create() gives a function of `code`, so they fit in the cell: "length" and
// "name", then "prototype" for generators and constructors, then "arguments" and "caller" for sloppy plain
// functions.
std::uint32_t initial_property_count(const CodeBlock* code) {
    std::uint32_t count = 2;
    if (code->function_kind == FunctionKind::Generator ||
        code->function_kind == FunctionKind::AsyncGenerator || code_is_constructor(code))
        ++count;
    if (has_legacy_caller_and_arguments(code)) count += 2;
    return count;
}

} // namespace

void FunctionMethodData::visit_edges(Visitor& visitor) {
    visitor.visit(home_object);
    visitor.visit(fields_initializer);
    visitor.visit(realm);
}

void JSFunction::LexicalRecord::visit_edges(Visitor& visitor) {
    visitor.visit(lexical.this_value);
    visitor.visit(lexical.this_box);
    visitor.visit(lexical.new_target);
    visitor.visit(lexical.function);
    visitor.visit(lexical.realm);
}

JSFunction::~JSFunction() {
    // The shared slots belong to the code block, which may be gone already: do not even look at them.
    if (side_data_and_flag_ & kSharesInitialSlots) forget_slots();
}

JSFunction::JSFunction(Shape* shape, CodeBlock* code, Environment* environment)
    : JSObject(shape, InlineSlots{}, reinterpret_cast<Value*>(this + 1)), code_(code), environment_(environment) {
    set_ordinary_methods(true, true);
}

JSFunction* JSFunction::create(VM& vm, CodeBlock* code, Environment* environment, JSObject* prototype) {
    Realm& realm = vm.current_realm();
    if (!prototype) prototype = default_function_prototype(realm, code->function_kind);
    const CommonNames& names = vm.names();
    JSString* name = code->name ? code->name : vm.names().empty_string.as_atom();
    bool is_arrow = code->code_kind == CodeKind::Arrow;
    Shape* root = Shape::create_root(vm, prototype);
    // Arrows start with shared slots (below); other functions keep their initial properties in the cell.
    std::uint32_t inline_slots = is_arrow ? 0 : initial_property_count(code);
    auto* function =
        vm.heap().allocate_with_extra<JSFunction>(inline_slots * sizeof(Value), root, code, environment);
    // [[Realm]], as realm() finds it. Arrows get theirs from their LexicalRecord
    // (Interpreter::Impl::arrow_lexical_record), which is set before anything reads it.
    if (!code->function_realm) code->function_realm = &realm;
    if (code->function_realm != &realm) {
        code->has_functions_in_other_realms = true;
        if (!is_arrow) function->ensure_method_data(vm).realm = &realm;
    }
    if (is_arrow) {
        // OrdinaryFunctionCreate's "length" and SetFunctionName's "name", with the values every arrow of
        // this code starts with: shared, so the arrow cell has no slots of its own.
        if (!code->arrow_initial_slots) {
            Value initial[] = {Value(static_cast<double>(code->function_length)), Value(name)};
            static_assert(std::size(initial) == CodeBlock::kArrowInitialSlotCount);
            code->arrow_initial_slots = JSObject::create_shared_slots(initial);
        }
        Shape* shape = root->with_added_property(vm, names.length, kConfigurable)
                           ->with_added_property(vm, names.name, kConfigurable);
        function->use_shared_slots(shape, code->arrow_initial_slots);
        function->side_data_and_flag_ |= kSharesInitialSlots;
        return function;
    }
    // OrdinaryFunctionCreate: "length"; then SetFunctionName: "name".
    function->define_direct_property(vm, names.length, Value(static_cast<double>(code->function_length)),
                                     kConfigurable);
    function->define_direct_property(vm, names.name, Value(name), kConfigurable);
    if (has_legacy_caller_and_arguments(code)) {
        function->define_direct_property(vm, names.arguments, Value::null(), 0);
        function->define_direct_property(vm, names.caller, Value::null(), 0);
    }

    switch (code->function_kind) {
    case FunctionKind::Generator:
    case FunctionKind::AsyncGenerator: {
        // The generator's "prototype": an object inheriting %GeneratorPrototype%, without "constructor".
        Intrinsic which = code->function_kind == FunctionKind::Generator ? Intrinsic::GeneratorPrototype
                                                                           : Intrinsic::AsyncGeneratorPrototype;
        JSObject* parent = realm.intrinsic(which);
        if (!parent) parent = realm.intrinsic(Intrinsic::ObjectPrototype);
        function->define_direct_property(vm, names.prototype, Value(JSObject::create(vm, parent)), kWritable);
        break;
    }
    case FunctionKind::Normal:
        // Class constructors get their prototype from CreateClass.
        if (code->code_kind == CodeKind::Function && function->is_constructor())
            MakeConstructor(vm, function);
        break;
    case FunctionKind::Async:
        break;
    }
    return function;
}

void MakeConstructor(VM& vm, JSFunction* function, bool writable_prototype, JSObject* prototype) {
    const CommonNames& names = vm.names();
    if (!prototype) {
        prototype = JSObject::create(vm, function->realm()->intrinsic(Intrinsic::ObjectPrototype));
        prototype->define_direct_property(vm, names.constructor, Value(static_cast<JSObject*>(function)),
                                          writable_prototype ? kBuiltinAttributes : PropertyAttributes(kConfigurable));
    }
    function->define_direct_property(vm, names.prototype, Value(prototype),
                                     writable_prototype ? PropertyAttributes(kWritable) : PropertyAttributes(0));
}

bool JSFunction::is_constructor() const {
    return code_is_constructor(code_);
}

FunctionMethodData* JSFunction::method_data() const {
    return is_arrow() ? nullptr : static_cast<FunctionMethodData*>(side_data());
}

JSObject* JSFunction::home_object() const {
    FunctionMethodData* data = method_data();
    return data ? data->home_object : nullptr;
}

FunctionMethodData& JSFunction::ensure_method_data(VM& vm) {
    if (!side_data()) set_side_data(vm.heap().allocate<FunctionMethodData>());
    return *method_data();
}

Realm* JSFunction::own_realm() const {
    Realm* realm = nullptr;
    if (is_arrow())
        realm = side_data() ? lexical().realm : nullptr;
    else if (FunctionMethodData* data = method_data())
        realm = data->realm;
    return realm ? realm : code_->function_realm;
}

void JSFunction::set_home_object(VM& vm, JSObject* home) {
    ensure_method_data(vm).home_object = home;
}

JSFunction* JSFunction::fields_initializer() const {
    FunctionMethodData* data = method_data();
    return data ? data->fields_initializer : nullptr;
}

void JSFunction::set_fields_initializer(VM& vm, JSFunction* initializer) {
    ensure_method_data(vm).fields_initializer = initializer;
}

JSFunction* JSFunction::active_function() {
    if (!is_arrow() || !side_data()) return this;
    JSFunction* creator = lexical().function;
    return creator ? creator : this;
}

bool JSFunction::is_strict() const { return code_->strict; }
bool JSFunction::is_arrow() const { return code_->code_kind == CodeKind::Arrow; }
bool JSFunction::is_class_constructor() const {
    return code_->code_kind == CodeKind::ClassConstructor || code_->code_kind == CodeKind::DerivedConstructor;
}
ConstructorKind JSFunction::constructor_kind() const {
    return code_->code_kind == CodeKind::DerivedConstructor ? ConstructorKind::Derived : ConstructorKind::Base;
}

ThrowCompletionOr<Value> JSFunction::internal_call(VM& vm, Value this_value, std::span<const Value> arguments) {
    return vm.interpreter().call(this, this_value, arguments);
}

ThrowCompletionOr<JSObject*> JSFunction::internal_construct(VM& vm, std::span<const Value> arguments,
                                                            JSObject* new_target) {
    return vm.interpreter().construct(this, arguments, new_target ? new_target : this);
}

void JSFunction::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(code_);
    visitor.visit(environment_);
    visitor.visit(side_data());
}

} // namespace yjs

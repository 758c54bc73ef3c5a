// Object/array literals, classes (ClassDefinitionEvaluation's core), template objects, iteration and
// for-in enumeration for the interpreter.
#include "builtins/regexp_object.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/disposal.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/interpreter_internal.h"
#include "vm/js_function.h"

#include <unordered_set>
#include <vector>

namespace yjs::interp {

// --- Array literals and spread ---

JSObject* create_array(VM& vm) { return JSArray::create(vm); }

ThrowCompletionOr<void> array_push(VM& vm, Value array, Value value) {
    JSObject* object = array.as_object();
    if (object->is_array() && static_cast<JSArray*>(object)->push_fast(vm, value)) return {};
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    TRY(object->create_data_property_or_throw(vm, PropertyKey::from_index(static_cast<std::uint32_t>(length)), value));
    return {};
}

ThrowCompletionOr<void> array_push_hole(VM& vm, Value array) {
    JSObject* object = array.as_object();
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    TRY(object->set(vm, vm.names().length, Value(static_cast<double>(length + 1)), true));
    return {};
}

ThrowCompletionOr<void> array_spread(VM& vm, const Frame& frame, Value array, Value iterable) {
    Value record[2];
    TRY(get_iterator(vm, frame, iterable, record, false));
    for (;;) {
        Value step = TRY(Call(vm, record[1], record[0]));
        if (!step.is_object()) return vm.throw_type_error("Iterator result is not an object");
        if (ToBoolean(TRY(step.as_object()->get(vm, vm.names().done)))) return {};
        Value value = TRY(step.as_object()->get(vm, vm.names().value));
        TRY(array_push(vm, array, value));
    }
}

ThrowCompletionOr<MarkedValueVector> array_elements(VM& vm, Value array) {
    JSObject* object = array.as_object();
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    MarkedValueVector elements(vm.heap());
    elements.reserve(length);
    auto* fast = object->is_array() ? static_cast<JSArray*>(object) : nullptr;
    for (std::uint64_t i = 0; i < length; ++i) {
        auto index = static_cast<std::uint32_t>(i);
        Value element;
        if (!fast || !fast->get_fast(index, element)) element = TRY(object->get(vm, PropertyKey::from_index(index)));
        elements.push_back(element);
    }
    return elements;
}

// --- Object literal and class members ---

ThrowCompletionOr<void> define_own(VM& vm, Value object, Value key, Value value, bool set_function_name) {
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    if (set_function_name && value.is_object()) SetFunctionName(vm, value.as_object(), property_key);
    TRY(object.as_object()->create_data_property_or_throw(vm, property_key, value));
    return {};
}

ThrowCompletionOr<void> define_accessor(VM& vm, Value object, Value key, Value function, std::uint32_t flags) {
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    JSObject* closure = function.as_object();
    bool is_setter = (flags & 1) != 0;
    SetFunctionName(vm, closure, property_key, is_setter ? "set" : "get");
    if (JSFunction* js_function = as_js_function(function))
        js_function->set_home_object(vm, object.as_object());
    PropertyDescriptor descriptor;
    if (is_setter) descriptor.set = closure;
    else descriptor.get = closure;
    descriptor.enumerable = (flags & 2) != 0;
    descriptor.configurable = true;
    TRY(object.as_object()->define_property_or_throw(vm, property_key, descriptor));
    return {};
}

ThrowCompletionOr<void> define_method(VM& vm, Value object, Value key, Value function, bool enumerable) {
    PropertyKey property_key = TRY(ToPropertyKey(vm, key));
    SetFunctionName(vm, function.as_object(), property_key);
    if (JSFunction* js_function = as_js_function(function))
        js_function->set_home_object(vm, object.as_object());
    auto descriptor =
        PropertyDescriptor::data(function, kWritable | kConfigurable | (enumerable ? kEnumerable : 0));
    TRY(object.as_object()->define_property_or_throw(vm, property_key, descriptor));
    return {};
}

ThrowCompletionOr<Value> create_class(VM& vm, CodeBlock* code, Value heritage, Environment* environment,
                                      Value* prototype_out) {
    Realm& realm = vm.current_realm();
    JSObject* prototype_parent = realm.intrinsic(Intrinsic::ObjectPrototype);
    JSObject* constructor_parent = realm.intrinsic(Intrinsic::FunctionPrototype);
    if (!heritage.is_empty()) {
        if (heritage.is_null()) {
            prototype_parent = nullptr;
        } else {
            if (!IsConstructor(heritage))
                return vm.throw_type_error("Class extends value " + describe_value(heritage) +
                                           " is not a constructor or null");
            Value parent = TRY(heritage.as_object()->get(vm, vm.names().prototype));
            if (!parent.is_object() && !parent.is_null())
                return vm.throw_type_error("Class extends value does not have valid prototype property");
            prototype_parent = parent.is_null() ? nullptr : parent.as_object();
            constructor_parent = heritage.as_object();
        }
    }
    JSObject* prototype = JSObject::create(vm, prototype_parent);
    JSFunction* constructor = JSFunction::create(vm, code, environment, constructor_parent);
    MakeConstructor(vm, constructor, false, prototype);
    constructor->set_home_object(vm, prototype);
    prototype->define_direct_property(vm, vm.names().constructor, Value(static_cast<JSObject*>(constructor)),
                                      kBuiltinAttributes);
    *prototype_out = Value(prototype);
    return Value(static_cast<JSObject*>(constructor));
}

// GetTemplateObject (13.2.8.4): one frozen template object per site and realm.
ThrowCompletionOr<Value> get_template_object(VM& vm, TemplateSite* site) {
    Realm* realm = &vm.current_realm();
    for (const auto& entry : site->cache)
        if (entry.realm == realm) return Value(entry.object);
    std::size_t count = site->raw.size();
    JSObject* template_object = create_array(vm);
    JSObject* raw_object = create_array(vm);
    constexpr PropertyAttributes kElement = kEnumerable;
    for (std::size_t i = 0; i < count; ++i) {
        auto key = PropertyKey::from_index(static_cast<std::uint32_t>(i));
        Value cooked = i < site->cooked.size() ? site->cooked[i] : Value::undefined();
        if (cooked.is_empty()) cooked = Value::undefined();
        TRY(template_object->define_property_or_throw(vm, key, PropertyDescriptor::data(cooked, kElement)));
        TRY(raw_object->define_property_or_throw(vm, key, PropertyDescriptor::data(Value(site->raw[i]), kElement)));
    }
    TRY(raw_object->set_integrity_level(vm, true));
    TRY(template_object->define_property_or_throw(vm, vm.names().raw, PropertyDescriptor::data(Value(raw_object), 0)));
    TRY(template_object->set_integrity_level(vm, true));
    site->cache.push_back({realm, template_object});
    return Value(template_object);
}

ThrowCompletionOr<Value> create_regexp(VM& vm, Value pattern, Value flags) {
    return Value(TRY(RegExpCreate(vm, pattern, flags)));
}

ThrowCompletionOr<Value> copy_data_properties(VM& vm, Value source, const Value* excluded, std::uint32_t count) {
    JSObject* target = JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype));
    MarkedKeyVector excluded_keys(vm.heap());
    for (std::uint32_t i = 0; i < count; ++i) excluded_keys.push_back(TRY(ToPropertyKey(vm, excluded[i])));
    TRY(CopyDataProperties(vm, target, source, excluded_keys.span()));
    return Value(target);
}

// --- Iteration ---

ThrowCompletionOr<void> get_iterator(VM& vm, const Frame& frame, Value iterable, Value* out, bool async) {
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    auto not_iterable = [&] {
        const OperandText* text = operand_text(frame);
        if (!text) return vm.throw_type_error(NotIterableMessage(vm, iterable));
        if (text->call_spread && iterable.is_nullish())
            return vm.throw_type_error(text->text + " is not iterable (cannot read property " +
                                       (iterable.is_null() ? "null)" : "undefined)"));
        if (text->call_spread)
            return vm.throw_type_error(
                "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
        return vm.throw_type_error(text->text + (async ? " is not async iterable" : " is not iterable"));
    };
    if (iterable.is_nullish()) return not_iterable();
    if (async) {
        Value method = TRY(GetMethod(vm, iterable, PropertyKey::from_symbol(symbols.asyncIterator)));
        if (method.is_undefined()) {
            Value sync_method = TRY(GetMethod(vm, iterable, PropertyKey::from_symbol(symbols.iterator)));
            if (sync_method.is_undefined()) return not_iterable();
            Value sync_record[2];
            Value iterator = TRY(Call(vm, sync_method, iterable));
            if (!iterator.is_object()) return vm.throw_type_error("Result of the Symbol.iterator method is not an object");
            sync_record[0] = iterator;
            sync_record[1] = TRY(iterator.as_object()->get(vm, vm.names().next));
            auto& hooks = vm.interpreter().promise_hooks();
            if (!hooks.create_async_from_sync_iterator)
                return vm.throw_type_error("async iteration is not supported yet (Promise is missing)");
            Value async_iterator = TRY(hooks.create_async_from_sync_iterator(vm, sync_record[0], sync_record[1]));
            out[0] = async_iterator;
            out[1] = TRY(async_iterator.as_object()->get(vm, vm.names().next));
            return {};
        }
        Value iterator = TRY(Call(vm, method, iterable));
        if (!iterator.is_object())
            return vm.throw_type_error("Result of the Symbol.asyncIterator method is not an object");
        out[0] = iterator;
        out[1] = TRY(iterator.as_object()->get(vm, vm.names().next));
        return {};
    }
    Value method = TRY(GetMethod(vm, iterable, PropertyKey::from_symbol(symbols.iterator)));
    if (method.is_undefined()) return not_iterable();
    Value iterator = TRY(Call(vm, method, iterable));
    if (!iterator.is_object()) return vm.throw_type_error("Result of the Symbol.iterator method is not an object");
    out[0] = iterator;
    out[1] = TRY(iterator.as_object()->get(vm, vm.names().next));
    return {};
}

ThrowCompletionOr<void> iterator_close(VM& vm, Value iterator) {
    Value return_method = TRY(GetMethod(vm, iterator, vm.names().return_));
    if (return_method.is_undefined()) return {};
    Value inner = TRY(Call(vm, return_method, iterator));
    if (!inner.is_object()) return vm.throw_type_error("Iterator result is not an object");
    return {};
}

void iterator_close_quietly(VM& vm, Value iterator) {
    auto return_method = GetMethod(vm, iterator, vm.names().return_);
    if (return_method.is_error()) {
        vm.clear_exception();
        return;
    }
    if (return_method.value().is_undefined()) return;
    if (Call(vm, return_method.value(), iterator).is_error()) vm.clear_exception();
}

// --- for-in (EnumerateObjectProperties, 14.7.5.9) ---
// Walks the prototype chain lazily: the own keys of one object at a time, skipping symbols, keys already
// seen on a nearer object (shadowed), keys deleted since they were listed, and non-enumerable ones.

namespace {

class ForInIterator final : public Cell {
public:
    explicit ForInIterator(JSObject* object) : object_(object) {}

    ThrowCompletionOr<bool> next(VM& vm, Value* key_out) {
        while (object_) {
            if (!keys_loaded_) {
                MarkedKeyVector keys(vm.heap());
                TRY(object_->internal_own_property_keys(vm, keys));
                keys_.assign(keys.begin(), keys.end());
                index_ = 0;
                keys_loaded_ = true;
            }
            while (index_ < keys_.size()) {
                PropertyKey key = keys_[index_++];
                if (key.is_symbol() || !visited_.insert(key).second) continue;
                // A key is visited (shadows its namesakes further up) only once found as an own property.
                auto descriptor = TRY(object_->internal_get_own_property(vm, key));
                if (!descriptor) {
                    visited_.erase(key);
                    continue;
                }
                if (!descriptor->enumerable.value_or(false)) continue;
                *key_out = key.to_value(vm);
                return true;
            }
            object_ = TRY(object_->internal_get_prototype_of(vm));
            keys_.clear();
            keys_loaded_ = false;
        }
        return false;
    }

    const char* class_name() const override { return "ForInIterator"; }
    void visit_edges(Visitor& visitor) override {
        visitor.visit(object_);
        for (PropertyKey key : keys_) key.visit(visitor);
        for (PropertyKey key : visited_) key.visit(visitor);
    }

private:
    JSObject* object_;
    std::vector<PropertyKey> keys_;
    std::size_t index_ = 0;
    bool keys_loaded_ = false;
    std::unordered_set<PropertyKey> visited_;
};

} // namespace

ThrowCompletionOr<Value> for_in_prepare(VM& vm, Value object) {
    JSObject* target = object.is_nullish() ? nullptr : TRY(ToObject(vm, object));
    return Value::internal_cell(vm.heap().allocate<ForInIterator>(target));
}

ThrowCompletionOr<bool> for_in_next(VM& vm, Value enumerator, Value* key) {
    return static_cast<ForInIterator*>(enumerator.as_cell())->next(vm, key);
}

// --- Explicit resource management ---

Value create_dispose_capability(VM& vm) {
    return Value::internal_cell(DisposeCapabilityCell::create(vm));
}

ThrowCompletionOr<void> add_disposable_resource(VM& vm, Value capability, Value resource, bool async) {
    auto* cell = static_cast<DisposeCapabilityCell*>(capability.as_cell());
    return AddDisposableResource(vm, cell->capability, resource,
                                 async ? DisposeHint::AsyncDispose : DisposeHint::SyncDispose);
}

ThrowCompletionOr<Value> dispose_resources(VM& vm, Value capability, Value completion_kind, Value exception,
                                           bool async) {
    auto* cell = static_cast<DisposeCapabilityCell*>(capability.as_cell());
    // The finally block's completion kind 1 is a throw completion (see FunctionCompiler::with_disposal).
    std::optional<Value> pending;
    if (completion_kind.is_number() && completion_kind.as_number() == 1) pending = exception;
    if (!async) {
        TRY(DisposeResources(vm, cell->capability, pending));
        return Value::undefined();
    }
    PromiseObject* promise =
        PromiseObject::create(vm, vm.current_realm().intrinsic(Intrinsic::PromisePrototype));
    if (!AsyncDisposeResources(vm, cell->capability, pending, promise)) return Value::undefined();
    return Value(promise);
}

} // namespace yjs::interp

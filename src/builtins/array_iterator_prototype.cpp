// %ArrayIteratorPrototype% (23.1.5.2) and Array Iterator instances.
#include "builtins/array_iterator_prototype.h"
#include "runtime/typed_array.h"

#include "builtins/array_prototype.h"
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

ArrayIterator::ArrayIterator(Shape* shape, JSObject* iterated, ArrayIterationKind kind)
    : JSObject(shape), iterated_(iterated), kind_(kind) {
    set_ordinary_methods(true, true);
}

void ArrayIterator::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(iterated_);
}

ArrayIterator* CreateArrayIterator(VM& vm, JSObject* array, ArrayIterationKind kind) {
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::ArrayIteratorPrototype);
    return vm.heap().allocate<ArrayIterator>(Shape::create_root(vm, prototype), array, kind);
}

ThrowCompletionOr<Value> ArrayIterator::next(VM& vm) {
    // 4-5. If array is undefined, return CreateIteratorResultObject(undefined, true).
    JSObject* array = iterated_;
    if (!array) return Value(CreateIterResultObject(vm, Value::undefined(), true));
    std::uint64_t index = next_index_;
    // 8-9. If array has a [[TypedArrayName]] slot: out of bounds is a TypeError, and len is
    // TypedArrayLength; otherwise let len be ? LengthOfArrayLike(array).
    std::uint64_t length;
    if (array->is_typed_array()) {
        auto* typed_array = static_cast<TypedArrayObject*>(array);
        if (typed_array->is_out_of_bounds())
            return vm.throw_type_error(
                "Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer");
        length = typed_array->length();
    } else {
        length = TRY(LengthOfArrayLike(vm, array));
    }
    // 10. If index ≥ len, finish.
    if (index >= length) {
        iterated_ = nullptr;
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    }
    next_index_ = index + 1;
    Value index_number(static_cast<double>(index));
    if (kind_ == ArrayIterationKind::Key) return Value(CreateIterResultObject(vm, index_number, false));
    Value element = TRY(get_element(vm, array, index));
    if (kind_ == ArrayIterationKind::Value) return Value(CreateIterResultObject(vm, element, false));
    Value pair[2] = {index_number, element};
    return Value(CreateIterResultObject(vm, CreateArrayFromList(vm, pair), false));
}

namespace {

// %ArrayIteratorPrototype%.next ( )
ThrowCompletionOr<Value> array_iterator_next(VM& vm, const NativeCallInfo& call) {
    auto* iterator = as_if<ArrayIterator>(call.this_value);
    if (!iterator)
        return vm.throw_type_error("Method Array Iterator.prototype.next called on incompatible receiver " +
                                   describe_value(call.this_value));
    return iterator->next(vm);
}

} // namespace

void initialize_array_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::ArrayIteratorPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, array_iterator_next, 0);
    define_to_string_tag(vm, prototype, "Array Iterator");
}

} // namespace yjs

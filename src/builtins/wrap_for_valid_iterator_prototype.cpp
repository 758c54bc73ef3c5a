// %WrapForValidIteratorPrototype% (27.1.3.2.1.1): the prototype of the wrappers Iterator.from returns.
#include "builtins/builtins.h"
#include "builtins/iterator_helper.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

namespace yjs {

WrapForValidIterator* WrapForValidIterator::create(VM& vm, const IteratorRecord& iterated) {
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::WrapForValidIteratorPrototype);
    return vm.heap().allocate<WrapForValidIterator>(Shape::create_root(vm, prototype), iterated);
}

WrapForValidIterator::WrapForValidIterator(Shape* shape, const IteratorRecord& iterated)
    : JSObject(shape), iterated_(iterated) {
    set_ordinary_methods(true, true);
}

void WrapForValidIterator::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(iterated_.iterator);
    visitor.visit(iterated_.next_method);
}

namespace {

// RequireInternalSlot(O, [[Iterated]]).
ThrowCompletionOr<WrapForValidIterator*> require_wrapper(VM& vm, Value this_value, const char* method) {
    auto* wrapper = as_if<WrapForValidIterator>(this_value);
    if (!wrapper)
        return vm.throw_type_error(std::string(method) + " called on incompatible receiver " +
                                   describe_value(this_value));
    return wrapper;
}

// %WrapForValidIteratorPrototype%.next ( )
ThrowCompletionOr<Value> wrap_next(VM& vm, const NativeCallInfo& call) {
    WrapForValidIterator* wrapper =
        TRY(require_wrapper(vm, call.this_value, "%WrapForValidIteratorPrototype%.next"));
    // 4. Return ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
    return Call(vm, wrapper->iterated().next_method, wrapper->iterated().iterator);
}

// %WrapForValidIteratorPrototype%.return ( )
ThrowCompletionOr<Value> wrap_return(VM& vm, const NativeCallInfo& call) {
    WrapForValidIterator* wrapper =
        TRY(require_wrapper(vm, call.this_value, "%WrapForValidIteratorPrototype%.return"));
    JSObject* iterator = wrapper->iterated().iterator;
    // 5. Let returnMethod be ? GetMethod(iterator, "return").
    Value return_method = TRY(GetMethod(vm, iterator, vm.names().return_));
    // 6. If returnMethod is undefined, return CreateIteratorResultObject(undefined, true).
    if (return_method.is_undefined()) return Value(CreateIterResultObject(vm, Value::undefined(), true));
    // 7. Return ? Call(returnMethod, iterator).
    return Call(vm, return_method, iterator);
}

} // namespace

void initialize_wrap_for_valid_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::WrapForValidIteratorPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, wrap_next, 0);
    prototype->define_native_function(vm, realm, vm.names().return_, wrap_return, 0);
}

} // namespace yjs

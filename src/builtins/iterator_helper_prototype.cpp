// %IteratorHelperPrototype% (27.1.2.1): next and return of the objects iterator helpers return.
#include "builtins/builtins.h"
#include "builtins/iterator_helper.h"
#include "runtime/abstract_ops.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

using State = IteratorHelper::State;

// RequireInternalSlot(O, [[UnderlyingIterators]]), which also is GeneratorValidate's brand check.
ThrowCompletionOr<IteratorHelper*> require_helper(VM& vm, Value this_value, const char* method) {
    auto* helper = as_if<IteratorHelper>(this_value);
    if (!helper)
        return vm.throw_type_error(std::string(method) + " called on incompatible receiver " +
                                   describe_value(this_value));
    return helper;
}

// %IteratorHelperPrototype%.next ( ): GeneratorResume(this value, undefined, "Iterator Helper").
ThrowCompletionOr<Value> iterator_helper_next(VM& vm, const NativeCallInfo& call) {
    IteratorHelper* helper = TRY(require_helper(vm, call.this_value, "Iterator Helper.prototype.next"));
    // GeneratorValidate: an executing generator cannot be resumed.
    if (helper->state() == State::Executing) return vm.throw_type_error("Iterator helper is already running");
    if (helper->state() == State::Completed)
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    bool first = helper->state() == State::SuspendedStart;
    helper->set_state(State::Executing);
    ThrowCompletionOr<std::optional<Value>> result = helper->resume_next(vm, first);
    if (result.is_throw_completion()) {
        helper->set_state(State::Completed);
        return kThrowCompletion;
    }
    if (!result.value()) {
        helper->set_state(State::Completed);
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    }
    helper->set_state(State::SuspendedYield);
    return Value(CreateIterResultObject(vm, *result.value(), false));
}

// %IteratorHelperPrototype%.return ( )
ThrowCompletionOr<Value> iterator_helper_return(VM& vm, const NativeCallInfo& call) {
    IteratorHelper* helper = TRY(require_helper(vm, call.this_value, "Iterator Helper.prototype.return"));
    // 4. If O.[[GeneratorState]] is suspended-start: complete it, then
    //    IteratorCloseAll(O.[[UnderlyingIterators]], NormalCompletion(unused)).
    if (helper->state() == State::SuspendedStart) {
        helper->set_state(State::Completed);
        TRY(helper->close_underlying(vm));
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    }
    // 6. Return ? GeneratorResumeAbrupt(O, ReturnCompletion(undefined), "Iterator Helper").
    if (helper->state() == State::Executing) return vm.throw_type_error("Iterator helper is already running");
    if (helper->state() == State::Completed)
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    helper->set_state(State::Executing);
    ThrowCompletionOr<void> closed = helper->resume_return(vm);
    helper->set_state(State::Completed);
    TRY(closed);
    return Value(CreateIterResultObject(vm, Value::undefined(), true));
}

} // namespace

void initialize_iterator_helper_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::IteratorHelperPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, iterator_helper_next, 0);
    prototype->define_native_function(vm, realm, vm.names().return_, iterator_helper_return, 0);
    define_to_string_tag(vm, prototype, "Iterator Helper");
}

} // namespace yjs

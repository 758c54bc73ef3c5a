// %AsyncIteratorPrototype% (27.1.3): the [[Prototype]] of %AsyncGeneratorPrototype% and
// %AsyncFromSyncIteratorPrototype%.
#include "builtins/builtins.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( ) (27.1.3.1): 1. Return the this value.
ThrowCompletionOr<Value> async_iterator_prototype_async_iterator(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_async_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::AsyncIteratorPrototype);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().asyncIterator,
                         async_iterator_prototype_async_iterator, 0);
}

} // namespace yjs

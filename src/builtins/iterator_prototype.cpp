// %Iterator.prototype% (27.1.4): the [[Prototype]] of every built-in iterator prototype.
#include "builtins/builtins.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// %Iterator.prototype% [ %Symbol.iterator% ] ( ): 1. Return the this value.
ThrowCompletionOr<Value> iterator_prototype_iterator(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

} // namespace

void initialize_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = realm.intrinsic(Intrinsic::IteratorPrototype);
    if (!prototype) prototype = make_intrinsic_object(vm, realm, Intrinsic::IteratorPrototype);
    define_symbol_method(vm, realm, prototype, vm.well_known_symbols().iterator, iterator_prototype_iterator,
                         0);
}

} // namespace yjs

// %MapIteratorPrototype% (24.1.5.2).
#include "builtins/builtins.h"
#include "builtins/keyed_collection.h"
#include "runtime/abstract_ops.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

// %MapIteratorPrototype%.next ( ): GeneratorResume(this value, ~empty~, "%MapIteratorPrototype%").
ThrowCompletionOr<Value> map_iterator_next(VM& vm, const NativeCallInfo& call) {
    auto* iterator = as_if<CollectionIterator>(call.this_value);
    if (!iterator || !iterator->is_map_iterator())
        return vm.throw_type_error("Method Map Iterator.prototype.next called on incompatible receiver " +
                                   describe_value(call.this_value));
    return Value(iterator->next(vm));
}

} // namespace

void initialize_map_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::MapIteratorPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, map_iterator_next, 0);
    define_to_string_tag(vm, prototype, "Map Iterator");
}

} // namespace yjs

// %StringIteratorPrototype% (22.1.5.1) and String Iterator instances.
#include "builtins/string_iterator_prototype.h"

#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"

namespace yjs {

StringIterator::StringIterator(Shape* shape, JSString* iterated) : JSObject(shape), iterated_(iterated) {
    set_ordinary_methods(true, true);
}

void StringIterator::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(iterated_);
}

StringIterator* CreateStringIterator(VM& vm, JSString* string) {
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::StringIteratorPrototype);
    return vm.heap().allocate<StringIterator>(Shape::create_root(vm, prototype), string);
}

JSObject* StringIterator::next(VM& vm) {
    JSString* s = iterated_;
    if (!s || position_ >= s->length()) {
        iterated_ = nullptr;
        return CreateIterResultObject(vm, Value::undefined(), true);
    }
    // CodePointAt(s, position): a surrogate pair is one code point of two code units.
    std::uint32_t count = 1;
    if (is_leading_surrogate(s->at(position_)) && position_ + 1 < s->length() &&
        is_trailing_surrogate(s->at(position_ + 1)))
        count = 2;
    JSString* result = JSString::substring(vm, s, position_, position_ + count);
    position_ += count;
    return CreateIterResultObject(vm, Value(result), false);
}

namespace {

// %StringIteratorPrototype%.next ( ): GeneratorResume(this value, ~empty~, "%StringIteratorPrototype%").
ThrowCompletionOr<Value> string_iterator_next(VM& vm, const NativeCallInfo& call) {
    auto* iterator = as_if<StringIterator>(call.this_value);
    if (!iterator)
        return vm.throw_type_error("Method String Iterator.prototype.next called on incompatible receiver " +
                                   describe_value(call.this_value));
    return Value(iterator->next(vm));
}

} // namespace

void initialize_string_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::StringIteratorPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, string_iterator_next, 0);
    define_to_string_tag(vm, prototype, "String Iterator");
}

} // namespace yjs

// %RegExpStringIteratorPrototype% (22.2.9.2) and RegExp String Iterator instances.
#include "builtins/regexp_string_iterator_prototype.h"

#include "builtins/builtins.h"
#include "builtins/regexp_object.h"
#include "runtime/abstract_ops.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace yjs {

RegExpStringIterator::RegExpStringIterator(Shape* shape, JSObject* regexp, JSString* string, bool global,
                                           bool full_unicode)
    : JSObject(shape), regexp_(regexp), string_(string), global_(global), full_unicode_(full_unicode) {
    set_ordinary_methods(true, true);
}

void RegExpStringIterator::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(regexp_);
    visitor.visit(string_);
}

RegExpStringIterator* CreateRegExpStringIterator(VM& vm, JSObject* regexp, JSString* string, bool global,
                                                 bool full_unicode) {
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::RegExpStringIteratorPrototype);
    return vm.heap().allocate<RegExpStringIterator>(Shape::create_root(vm, prototype), regexp, string, global,
                                                    full_unicode);
}

ThrowCompletionOr<Value> RegExpStringIterator::next(VM& vm) {
    if (done_) return Value(CreateIterResultObject(vm, Value::undefined(), true));
    // a. Let match be ? RegExpExec(R, S).
    Value match = TRY(RegExpExec(vm, regexp_, string_));
    // b. If match is null, the iteration is done.
    if (match.is_null()) {
        done_ = true;
        return Value(CreateIterResultObject(vm, Value::undefined(), true));
    }
    if (global_) {
        // c.i. An empty match advances lastIndex so that the next search makes progress.
        JSString* match_string = TRY(ToString(vm, TRY(match.as_object()->get(vm, PropertyKey::from_index(0)))));
        if (match_string->is_empty()) {
            double this_index = TRY(ToLength(vm, TRY(regexp_->get(vm, vm.names().lastIndex))));
            double next_index = static_cast<double>(
                AdvanceStringIndex(string_, static_cast<std::uint64_t>(this_index), full_unicode_));
            TRY(regexp_->set(vm, vm.names().lastIndex, Value(next_index), true));
        }
        return Value(CreateIterResultObject(vm, match, false));
    }
    // d. Not global: yield the one match and finish.
    done_ = true;
    return Value(CreateIterResultObject(vm, match, false));
}

namespace {

// %RegExpStringIteratorPrototype%.next ( )
ThrowCompletionOr<Value> regexp_string_iterator_next(VM& vm, const NativeCallInfo& call) {
    auto* iterator = as_if<RegExpStringIterator>(call.this_value);
    if (!iterator)
        return vm.throw_type_error("Method RegExp String Iterator.prototype.next called on incompatible receiver " +
                                   describe_value(call.this_value));
    return iterator->next(vm);
}

} // namespace

void initialize_regexp_string_iterator_prototype(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::RegExpStringIteratorPrototype,
                                                realm.intrinsic(Intrinsic::IteratorPrototype));
    prototype->define_native_function(vm, realm, vm.names().next, regexp_string_iterator_next, 0);
    define_to_string_tag(vm, prototype, "RegExp String Iterator");
}

} // namespace yjs

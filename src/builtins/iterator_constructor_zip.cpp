// Iterator.zip and Iterator.zipKeyed (joint iteration): the argument processing; the iteration itself is
// IteratorZip's closure in iterator_helper.cpp.
#include "builtins/builtins.h"
#include "builtins/iterator_helper.h"
#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/vm.h"

namespace yjs {

namespace {

using ZipMode = IteratorHelper::ZipMode;

// The options shared by zip and zipKeyed: mode, and for "longest" the padding option.
struct ZipOptions {
    ZipMode mode = ZipMode::Shortest;
    Value padding;
};

// Steps 2-7: GetOptionsObject(options), then "mode" and, in longest mode, "padding".
ThrowCompletionOr<ZipOptions> read_zip_options(VM& vm, Value options_value) {
    ZipOptions options;
    // GetOptionsObject: undefined is an empty options object; any other non-object is a TypeError.
    if (options_value.is_undefined()) return options;
    if (!options_value.is_object()) return vm.throw_type_error("Iterator.zip: options must be an object");
    JSObject* options_object = options_value.as_object();
    Value mode = TRY(options_object->get(vm, PropertyKey::from_ascii(vm, "mode")));
    if (!mode.is_undefined()) {
        auto is = [&](const char* name) {
            return mode.is_string() && mode.as_string()->equals(JSString::from_ascii(vm, name));
        };
        if (is("longest"))
            options.mode = ZipMode::Longest;
        else if (is("strict"))
            options.mode = ZipMode::Strict;
        else if (!is("shortest"))
            return vm.throw_type_error("Iterator.zip: mode must be \"shortest\", \"longest\" or \"strict\"");
    }
    if (options.mode == ZipMode::Longest) {
        options.padding = TRY(options_object->get(vm, PropertyKey::from_ascii(vm, "padding")));
        if (!options.padding.is_undefined() && !options.padding.is_object())
            return vm.throw_type_error("Iterator.zip: padding must be an object");
    }
    return options;
}

// IfAbruptCloseIterators(value, iters) for the pending throw completion.
ThrowCompletion close_iterators_on_throw(VM& vm, const std::vector<IteratorRecord>& iters) {
    return IteratorCloseAllOnThrow(vm, iters);
}

// Sets up IteratorZip(iters, mode, padding, finishResults) on `helper`, whose iters are filled in.
void start_zip(IteratorHelper* helper, ZipMode mode) {
    IteratorHelper::Captures& c = helper->captures();
    c.zip_mode = mode;
    c.open.assign(c.iters.size(), true);
}

} // namespace

// Iterator.zip ( iterables [ , options ] )
ThrowCompletionOr<Value> iterator_zip(VM& vm, const NativeCallInfo& call) {
    Value iterables = call.argument(0);
    // 1. If iterables is not an Object, throw a TypeError exception.
    if (!iterables.is_object()) return vm.throw_type_error("Iterator.zip: iterables must be an object");
    ZipOptions options = TRY(read_zip_options(vm, call.argument(1)));
    // The helper is created first so that its captures keep the iterators alive while JavaScript runs.
    IteratorHelper* helper = IteratorHelper::create(vm, IteratorHelper::Kind::Zip);
    std::vector<IteratorRecord>& iters = helper->captures().iters;
    // 10. Let inputIter be ? GetIterator(iterables, sync).
    IteratorRecord input = TRY(GetIterator(vm, iterables));
    // 12. Repeat, while next is not done.
    while (true) {
        ThrowCompletionOr<std::optional<Value>> next = IteratorStepValue(vm, input);
        if (next.is_throw_completion()) return close_iterators_on_throw(vm, iters);
        if (!next.value()) break;
        ThrowCompletionOr<IteratorRecord> iter =
            GetIteratorFlattenable(vm, *next.value(), PrimitiveHandling::RejectPrimitives);
        if (iter.is_throw_completion()) {
            // IfAbruptCloseIterators(iter, the list-concatenation of « inputIter » and iters).
            std::vector<IteratorRecord> all{input};
            all.insert(all.end(), iters.begin(), iters.end());
            return close_iterators_on_throw(vm, all);
        }
        iters.push_back(iter.value());
    }
    std::size_t count = iters.size();
    std::vector<Value>& padding = helper->captures().values;
    // 14. In longest mode, padding comes from the padding iterable (undefined when it runs out).
    if (options.mode == ZipMode::Longest) {
        if (options.padding.is_undefined()) {
            padding.assign(count, Value::undefined());
        } else {
            ThrowCompletionOr<IteratorRecord> padding_iter = GetIterator(vm, options.padding);
            if (padding_iter.is_throw_completion()) return close_iterators_on_throw(vm, iters);
            bool using_iterator = true;
            for (std::size_t i = 0; i < count; ++i) {
                if (using_iterator) {
                    ThrowCompletionOr<std::optional<Value>> next =
                        IteratorStepValue(vm, padding_iter.value());
                    if (next.is_throw_completion()) return close_iterators_on_throw(vm, iters);
                    if (next.value())
                        padding.push_back(*next.value());
                    else
                        using_iterator = false;
                }
                if (!using_iterator) padding.push_back(Value::undefined());
            }
            if (using_iterator && IteratorClose(vm, padding_iter.value()).is_throw_completion())
                return close_iterators_on_throw(vm, iters);
        }
    }
    start_zip(helper, options.mode);
    return Value(helper);
}

// Iterator.zipKeyed ( iterables [ , options ] )
ThrowCompletionOr<Value> iterator_zip_keyed(VM& vm, const NativeCallInfo& call) {
    Value iterables_value = call.argument(0);
    // 1. If iterables is not an Object, throw a TypeError exception.
    if (!iterables_value.is_object())
        return vm.throw_type_error("Iterator.zipKeyed: iterables must be an object");
    JSObject* iterables = iterables_value.as_object();
    ZipOptions options = TRY(read_zip_options(vm, call.argument(1)));
    IteratorHelper* helper = IteratorHelper::create(vm, IteratorHelper::Kind::ZipKeyed);
    std::vector<IteratorRecord>& iters = helper->captures().iters;
    std::vector<Value>& keys = helper->captures().keys;
    // 9. Let allKeys be ? iterables.[[OwnPropertyKeys]]().
    MarkedKeyVector all_keys(vm.heap());
    TRY(iterables->internal_own_property_keys(vm, all_keys));
    // 11. For each enumerable own key whose value is not undefined, open an iterator.
    for (PropertyKey key : all_keys) {
        ThrowCompletionOr<std::optional<PropertyDescriptor>> desc =
            iterables->internal_get_own_property(vm, key);
        if (desc.is_throw_completion()) return close_iterators_on_throw(vm, iters);
        if (!desc.value() || !desc.value()->enumerable.value_or(false)) continue;
        ThrowCompletionOr<Value> value = iterables->get(vm, key);
        if (value.is_throw_completion()) return close_iterators_on_throw(vm, iters);
        if (value.value().is_undefined()) continue;
        ThrowCompletionOr<IteratorRecord> iter =
            GetIteratorFlattenable(vm, value.value(), PrimitiveHandling::RejectPrimitives);
        if (iter.is_throw_completion()) return close_iterators_on_throw(vm, iters);
        keys.push_back(key.to_value(vm));
        iters.push_back(iter.value());
    }
    std::vector<Value>& padding = helper->captures().values;
    // 13. In longest mode, padding[i] is padding option[keys[i]].
    if (options.mode == ZipMode::Longest) {
        if (options.padding.is_undefined()) {
            padding.assign(iters.size(), Value::undefined());
        } else {
            for (Value key : keys) {
                ThrowCompletionOr<Value> value =
                    options.padding.as_object()->get(vm, PropertyKey::from_value(vm, key));
                if (value.is_throw_completion()) return close_iterators_on_throw(vm, iters);
                padding.push_back(value.value());
            }
        }
    }
    start_zip(helper, options.mode);
    return Value(helper);
}

} // namespace yjs

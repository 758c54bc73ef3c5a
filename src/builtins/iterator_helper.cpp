// Iterator Helper objects: the abstract closures of Iterator.prototype.{map, filter, take, drop, flatMap,
// chunks, windows} (27.1.4), Iterator.concat and IteratorZip, written as resumable step functions.
//
// Each step function runs the closure from its last Yield (or its start, when `first`) to its next Yield,
// returning the yielded value, or nullopt when the closure returns. resume_return() is the closure resumed
// at that Yield with a return completion: the IfAbruptCloseIterator (or IteratorCloseAll) after the Yield.
#include "builtins/iterator_helper.h"

#include "runtime/abstract_ops.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <cmath>

namespace yjs {

namespace {

using Captures = IteratorHelper::Captures;
using StepResult = ThrowCompletionOr<std::optional<Value>>;

// map: iterated, function (mapper), counter.
StepResult map_step(VM& vm, Captures& c, bool first) {
    // After Yield(mapped): set counter to counter + 1.
    if (!first) c.counter += 1;
    std::optional<Value> value = TRY(IteratorStepValue(vm, c.iterated));
    if (!value) return std::optional<Value>();
    Value arguments[] = {*value, Value(c.counter)};
    return std::optional<Value>(
        IF_ABRUPT_CLOSE_ITERATOR(vm, c.iterated, Call(vm, c.function, Value::undefined(), arguments)));
}

// filter: iterated, function (predicate), counter.
StepResult filter_step(VM& vm, Captures& c, bool first) {
    if (!first) c.counter += 1;
    while (true) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, c.iterated));
        if (!value) return std::optional<Value>();
        Value arguments[] = {*value, Value(c.counter)};
        Value selected =
            IF_ABRUPT_CLOSE_ITERATOR(vm, c.iterated, Call(vm, c.function, Value::undefined(), arguments));
        if (ToBoolean(selected)) return value;
        c.counter += 1;
    }
}

// take: iterated, counter (remaining).
StepResult take_step(VM& vm, Captures& c) {
    // i. If remaining = 0, return ? IteratorClose(iterated, ReturnCompletion(undefined)).
    if (c.counter == 0) {
        TRY(IteratorClose(vm, c.iterated));
        return std::optional<Value>();
    }
    // ii. If remaining ≠ +∞, set remaining to remaining - 1.
    if (!std::isinf(c.counter)) c.counter -= 1;
    return IteratorStepValue(vm, c.iterated);
}

// drop: iterated, counter (remaining).
StepResult drop_step(VM& vm, Captures& c, bool first) {
    if (first) {
        while (c.counter > 0) {
            if (!std::isinf(c.counter)) c.counter -= 1;
            JSObject* next = TRY(IteratorStep(vm, c.iterated));
            if (!next) return std::optional<Value>();
        }
    }
    return IteratorStepValue(vm, c.iterated);
}

// flatMap: iterated, function (mapper), counter, inner and inner_alive.
StepResult flat_map_step(VM& vm, Captures& c) {
    while (true) {
        if (!c.inner_alive) {
            std::optional<Value> value = TRY(IteratorStepValue(vm, c.iterated));
            if (!value) return std::optional<Value>();
            Value arguments[] = {*value, Value(c.counter)};
            Value mapped =
                IF_ABRUPT_CLOSE_ITERATOR(vm, c.iterated, Call(vm, c.function, Value::undefined(), arguments));
            c.inner = IF_ABRUPT_CLOSE_ITERATOR(
                vm, c.iterated, GetIteratorFlattenable(vm, mapped, PrimitiveHandling::RejectPrimitives));
            c.inner_alive = true;
        }
        std::optional<Value> inner_value =
            IF_ABRUPT_CLOSE_ITERATOR(vm, c.iterated, IteratorStepValue(vm, c.inner));
        if (inner_value) return inner_value;
        c.inner_alive = false;
        c.counter += 1;
    }
}

// chunks: iterated, size (chunkSize), values (buffer), final_yield.
StepResult chunks_step(VM& vm, Captures& c) {
    if (c.final_yield) return std::optional<Value>();
    while (true) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, c.iterated));
        if (!value) {
            if (c.values.empty()) return std::optional<Value>();
            c.final_yield = true;
            return std::optional<Value>(Value(CreateArrayFromList(vm, c.values)));
        }
        c.values.push_back(*value);
        if (c.values.size() == c.size) {
            JSObject* chunk = CreateArrayFromList(vm, c.values);
            c.values.clear();
            return std::optional<Value>(Value(chunk));
        }
    }
}

// windows: iterated, size (windowSize), allow_partial (undersized), values (buffer), final_yield.
StepResult windows_step(VM& vm, Captures& c) {
    if (c.final_yield) return std::optional<Value>();
    while (true) {
        std::optional<Value> value = TRY(IteratorStepValue(vm, c.iterated));
        if (!value) {
            if (!c.allow_partial || c.values.empty() || c.values.size() >= c.size)
                return std::optional<Value>();
            c.final_yield = true;
            return std::optional<Value>(Value(CreateArrayFromList(vm, c.values)));
        }
        if (c.values.size() == c.size) c.values.erase(c.values.begin());
        c.values.push_back(*value);
        if (c.values.size() == c.size) return std::optional<Value>(Value(CreateArrayFromList(vm, c.values)));
    }
}

// concat: values (iterable, open method pairs), next_iterable, iterated and inner_alive (the current one).
StepResult concat_step(VM& vm, Captures& c) {
    while (true) {
        if (!c.inner_alive) {
            if (2 * c.next_iterable >= c.values.size()) return std::optional<Value>();
            Value iterable = c.values[2 * c.next_iterable];
            Value open_method = c.values[2 * c.next_iterable + 1];
            c.next_iterable += 1;
            // i. Let iter be ? Call(iterable.[[OpenMethod]], iterable.[[Iterable]]).
            Value iterator = TRY(Call(vm, open_method, iterable));
            // ii. If iter is not an Object, throw a TypeError exception.
            if (!iterator.is_object())
                return vm.throw_type_error("Result of the Symbol.iterator method is not an object");
            c.iterated = TRY(GetIteratorDirect(vm, iterator.as_object()));
            c.inner_alive = true;
        }
        std::optional<Value> inner_value = TRY(IteratorStepValue(vm, c.iterated));
        if (inner_value) return inner_value;
        c.inner_alive = false;
    }
}

} // namespace

IteratorHelper* IteratorHelper::create(VM& vm, Kind kind) {
    JSObject* prototype = vm.current_realm().intrinsic(Intrinsic::IteratorHelperPrototype);
    return vm.heap().allocate<IteratorHelper>(Shape::create_root(vm, prototype), kind);
}

IteratorHelper::IteratorHelper(Shape* shape, Kind kind) : JSObject(shape), kind_(kind) {
    set_ordinary_methods(true, true);
}

void IteratorHelper::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    Captures& c = captures_;
    visitor.visit(c.iterated.iterator);
    visitor.visit(c.iterated.next_method);
    visitor.visit(c.inner.iterator);
    visitor.visit(c.inner.next_method);
    visitor.visit(c.function);
    for (Value value : c.values)
        visitor.visit(value);
    for (Value key : c.keys)
        visitor.visit(key);
    for (const IteratorRecord& record : c.iters) {
        visitor.visit(record.iterator);
        visitor.visit(record.next_method);
    }
}

ThrowCompletionOr<std::optional<Value>> IteratorHelper::resume_next(VM& vm, bool first) {
    Captures& c = captures_;
    switch (kind_) {
    case Kind::Map:
        return map_step(vm, c, first);
    case Kind::Filter:
        return filter_step(vm, c, first);
    case Kind::Take:
        return take_step(vm, c);
    case Kind::Drop:
        return drop_step(vm, c, first);
    case Kind::FlatMap:
        return flat_map_step(vm, c);
    case Kind::Chunks:
        return chunks_step(vm, c);
    case Kind::Windows:
        return windows_step(vm, c);
    case Kind::Concat:
        return concat_step(vm, c);
    case Kind::Zip:
    case Kind::ZipKeyed:
        return zip_step(vm);
    }
    return std::optional<Value>();
}

ThrowCompletionOr<void> IteratorHelper::resume_return(VM& vm) {
    Captures& c = captures_;
    switch (kind_) {
    case Kind::FlatMap:
        // Let backupCompletion be Completion(IteratorClose(innerIterator, completion)).
        // IfAbruptCloseIterator(backupCompletion, iterated). Return ? IteratorClose(iterated, completion).
        if (IteratorClose(vm, c.inner).is_throw_completion()) return IteratorCloseOnThrow(vm, c.iterated);
        return IteratorClose(vm, c.iterated);
    case Kind::Chunks:
    case Kind::Windows:
        // The Yield of the last, partial buffer ignores its completion: the iterator is already done.
        if (c.final_yield) return {};
        return IteratorClose(vm, c.iterated);
    case Kind::Zip:
    case Kind::ZipKeyed:
        return IteratorCloseAll(vm, open_iterators());
    case Kind::Map:
    case Kind::Filter:
    case Kind::Take:
    case Kind::Drop:
    case Kind::Concat:
        return IteratorClose(vm, c.iterated);
    }
    return {};
}

ThrowCompletionOr<void> IteratorHelper::close_underlying(VM& vm) {
    switch (kind_) {
    case Kind::Concat:
        return {};
    case Kind::Zip:
    case Kind::ZipKeyed:
        return IteratorCloseAll(vm, open_iterators());
    default:
        return IteratorClose(vm, captures_.iterated);
    }
}

std::vector<IteratorRecord> IteratorHelper::open_iterators() const {
    std::vector<IteratorRecord> records;
    for (std::size_t i = 0; i < captures_.iters.size(); ++i) {
        if (captures_.open[i]) records.push_back(captures_.iters[i]);
    }
    return records;
}

Value IteratorHelper::finish_zip_results(VM& vm, std::span<const Value> results) {
    if (kind_ == Kind::Zip) return Value(CreateArrayFromList(vm, results));
    // zipKeyed: an object with a null prototype and one data property per key.
    JSObject* object = JSObject::create(vm, nullptr);
    for (std::size_t i = 0; i < results.size(); ++i)
        object->define_direct_property(vm, PropertyKey::from_value(vm, captures_.keys[i]), results[i],
                                       kDefaultDataAttributes);
    return Value(object);
}

// IteratorZip's closure: iters, open (openIters), zip_mode, values (padding) and keys (finishResults).
ThrowCompletionOr<std::optional<Value>> IteratorHelper::zip_step(VM& vm) {
    Captures& c = captures_;
    std::size_t count = c.iters.size();
    // a. If iterCount = 0, return ReturnCompletion(undefined).
    if (count == 0) return std::optional<Value>();
    MarkedValueVector results(vm.heap());
    for (std::size_t i = 0; i < count; ++i) {
        // 2. If iter is null, let result be padding[i] (longest mode).
        if (!c.iters[i].iterator) {
            results.push_back(c.values[i]);
            continue;
        }
        ThrowCompletionOr<std::optional<Value>> result = IteratorStepValue(vm, c.iters[i]);
        // b. If result is an abrupt completion: remove iter from openIters, IteratorCloseAll(openIters,
        // result).
        if (result.is_throw_completion()) {
            c.open[i] = false;
            return IteratorCloseAllOnThrow(vm, open_iterators());
        }
        if (result.value()) {
            results.push_back(*result.value());
            continue;
        }
        // d. result is done: remove iter from openIters.
        c.open[i] = false;
        switch (c.zip_mode) {
        case ZipMode::Shortest:
            TRY(IteratorCloseAll(vm, open_iterators()));
            return std::optional<Value>();
        case ZipMode::Strict:
            if (i != 0) {
                static_cast<void>(
                    vm.throw_type_error("Iterator.zip: iterators of different lengths in strict mode"));
                return IteratorCloseAllOnThrow(vm, open_iterators());
            }
            for (std::size_t k = 1; k < count; ++k) {
                ThrowCompletionOr<JSObject*> open = IteratorStep(vm, c.iters[k]);
                if (open.is_throw_completion()) {
                    c.open[k] = false;
                    return IteratorCloseAllOnThrow(vm, open_iterators());
                }
                if (open.value()) {
                    static_cast<void>(
                        vm.throw_type_error("Iterator.zip: iterators of different lengths in strict mode"));
                    return IteratorCloseAllOnThrow(vm, open_iterators());
                }
                c.open[k] = false;
            }
            return std::optional<Value>();
        case ZipMode::Longest:
            if (open_iterators().empty()) return std::optional<Value>();
            c.iters[i].iterator = nullptr;
            results.push_back(c.values[i]);
            break;
        }
    }
    return std::optional<Value>(finish_zip_results(vm, results.span()));
}

} // namespace yjs

// Array.prototype.sort and Array.prototype.toSorted (23.1.3.30, 23.1.3.34): SortIndexedProperties,
// CompareArrayElements and the stable merge sort they use.
#include "builtins/array_prototype.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <vector>

namespace yjs {

namespace {

using Compare = std::function<ThrowCompletionOr<double>(Value, Value)>;

// Sorts items[begin, end) stably, using `scratch` (same size as items) as the merge buffer.
ThrowCompletionOr<void> merge_sort(MarkedValueVector& items, MarkedValueVector& scratch, std::size_t begin,
                                   std::size_t end, const Compare& compare) {
    constexpr std::size_t kInsertionSortLength = 8;
    if (end - begin <= kInsertionSortLength) {
        // Insertion sort: an element moves left past strictly greater elements only, so equal elements
        // keep their order.
        for (std::size_t i = begin + 1; i < end; ++i) {
            Value item = items[i];
            std::size_t j = i;
            while (j > begin && TRY(compare(items[j - 1], item)) > 0) {
                items[j] = items[j - 1];
                --j;
            }
            items[j] = item;
        }
        return {};
    }
    std::size_t middle = begin + (end - begin) / 2;
    TRY(merge_sort(items, scratch, begin, middle, compare));
    TRY(merge_sort(items, scratch, middle, end, compare));
    // Already in order: nothing to merge.
    if (TRY(compare(items[middle - 1], items[middle])) <= 0) return {};
    for (std::size_t i = begin; i < end; ++i)
        scratch[i] = items[i];
    std::size_t left = begin, right = middle, out = begin;
    while (left < middle && right < end) {
        // Take from the right run only when strictly smaller: stability.
        if (TRY(compare(scratch[right], scratch[left])) < 0)
            items[out++] = scratch[right++];
        else
            items[out++] = scratch[left++];
    }
    while (left < middle)
        items[out++] = scratch[left++];
    while (right < end)
        items[out++] = scratch[right++];
    return {};
}

// With no comparator, CompareArrayElements compares ToString of each value. When every value is a
// primitive other than a Symbol, ToString has no side effects, so each value is converted once up front.
ThrowCompletionOr<bool> sort_primitives_by_string(VM& vm, MarkedValueVector& items) {
    for (Value item : items) {
        if (item.is_object() || item.is_symbol()) return false;
    }
    // Pairs of (string, original value), sorted by the string.
    MarkedValueVector strings(vm.heap());
    strings.reserve(items.size());
    for (Value item : items)
        strings.push_back(Value(TRY(ToString(vm, item))));
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&strings](std::size_t a, std::size_t b) {
        return strings[a].as_string()->compare(strings[b].as_string()) < 0;
    });
    std::vector<Value> sorted(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        sorted[i] = items[order[i]];
    for (std::size_t i = 0; i < sorted.size(); ++i)
        items[i] = sorted[i];
    return true;
}

} // namespace

ThrowCompletionOr<void> stable_sort(VM& vm, MarkedValueVector& items, const Compare& compare) {
    if (items.size() < 2) return {};
    MarkedValueVector scratch(vm.heap());
    scratch.resize(items.size());
    return merge_sort(items, scratch, 0, items.size(), compare);
}

ThrowCompletionOr<double> CompareArrayElements(VM& vm, Value x, Value y, Value comparator) {
    // 1-3. undefined sorts after everything else.
    if (x.is_undefined() && y.is_undefined()) return 0.0;
    if (x.is_undefined()) return 1.0;
    if (y.is_undefined()) return -1.0;
    // 4. If comparator is not undefined, then
    if (!comparator.is_undefined()) {
        Value arguments[2] = {x, y};
        double v = TRY(ToNumber(vm, TRY(Call(vm, comparator, Value::undefined(), arguments))));
        if (std::isnan(v)) return 0.0;
        return v;
    }
    // 5-11. Compare the strings.
    JSString* x_string = TRY(ToString(vm, x));
    JSString* y_string = TRY(ToString(vm, y));
    return static_cast<double>(x_string->compare(y_string));
}

ThrowCompletionOr<MarkedValueVector> SortIndexedProperties(VM& vm, JSObject* object, std::uint64_t length,
                                                           Value comparator, bool skip_holes) {
    // 1-3. Read the elements (skipping holes or reading through them).
    MarkedValueVector items(vm.heap());
    std::size_t absent_count = 0; // absent elements read through as undefined
    for (std::uint64_t k = 0; k < length; ++k) {
        // Absent elements are skipped, or read as undefined (which sorts last) without an observable step.
        if (std::uint64_t next = next_present_index(vm, object, k, length); next != k) {
            if (!skip_holes) absent_count += next - k;
            if (next == length) break;
            k = next;
        }
        if (skip_holes) {
            std::optional<Value> value = TRY(get_element_if_present(vm, object, k));
            if (value) items.push_back(*value);
        } else {
            items.push_back(TRY(get_element(vm, object, k)));
        }
    }
    // 4. Sort items. undefined compares greater than everything without calling the comparator, so the
    // undefined values are set aside and appended after sorting the rest.
    MarkedValueVector defined(vm.heap());
    defined.reserve(items.size());
    // The list must fit in memory.
    TRY(check_elements_fit(vm, absent_count));
    std::size_t undefined_count = absent_count;
    for (Value item : items) {
        if (item.is_undefined())
            ++undefined_count;
        else
            defined.push_back(item);
    }
    bool sorted = comparator.is_undefined() && TRY(sort_primitives_by_string(vm, defined));
    if (!sorted) {
        TRY(stable_sort(vm, defined, [&vm, comparator](Value x, Value y) {
            return CompareArrayElements(vm, x, y, comparator);
        }));
    }
    for (std::size_t i = 0; i < undefined_count; ++i)
        defined.push_back(Value::undefined());
    return defined;
}

// Array.prototype.sort ( comparator )
ThrowCompletionOr<Value> ArrayPrototypeSort(VM& vm, const NativeCallInfo& call) {
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
    Value comparator = call.argument(0);
    if (!comparator.is_undefined() && !IsCallable(comparator))
        return vm.throw_type_error("The comparison function must be either a function or undefined");
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    MarkedValueVector sorted = TRY(SortIndexedProperties(vm, object, length, comparator, true));
    // 7-9. Write the sorted values back, then delete the indices the holes leave over.
    std::uint64_t j = 0;
    for (; j < sorted.size(); ++j)
        TRY(set_element(vm, object, j, sorted[j]));
    for (; j < length; ++j) {
        // Deleting an absent own property of an ordinary object does nothing.
        if (has_ordinary_delete(object) && (j = next_present_index(vm, object, j, length, true)) == length)
            break;
        TRY(delete_element(vm, object, j));
    }
    return Value(object);
}

// Array.prototype.toSorted ( comparator )
ThrowCompletionOr<Value> ArrayPrototypeToSorted(VM& vm, const NativeCallInfo& call) {
    Value comparator = call.argument(0);
    if (!comparator.is_undefined() && !IsCallable(comparator))
        return vm.throw_type_error("The comparison function must be either a function or undefined");
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    // 4. Let A be ? ArrayCreate(len).
    JSArray* result = TRY(ArrayCreate(vm, length));
    TRY(check_elements_fit(vm, length));
    MarkedValueVector sorted = TRY(SortIndexedProperties(vm, object, length, comparator, false));
    for (std::uint64_t j = 0; j < sorted.size(); ++j)
        TRY(create_element(vm, result, j, sorted[j]));
    return Value(result);
}

} // namespace yjs

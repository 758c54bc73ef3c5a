#include "builtins/group_by.h"

#include "runtime/abstract_ops.h"
#include "runtime/iteration.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <unordered_map>

namespace yjs {

namespace {

// Keys compared with SameValue (the keys are already coerced: no -0, one NaN).
struct GroupKeyHash {
    std::size_t operator()(Value v) const {
        if (v.is_string()) return v.as_string()->hash();
        return std::hash<std::uint64_t>()(v.bits());
    }
};
struct GroupKeyEqual {
    bool operator()(Value a, Value b) const { return SameValue(a, b); }
};

} // namespace

ThrowCompletionOr<KeyedGroups> GroupBy(VM& vm, Value items, Value callback, GroupByKeyCoercion coercion) {
    // 1. Perform ? RequireObjectCoercible(iterable).
    TRY(RequireObjectCoercible(vm, items));
    // 2. If IsCallable(callback) is false, throw a TypeError exception.
    if (!IsCallable(callback)) return vm.throw_type_error(describe_value(callback) + " is not a function");
    KeyedGroups groups(vm.heap());
    std::unordered_map<Value, std::size_t, GroupKeyHash, GroupKeyEqual> index;
    // 4. Let iteratorRecord be ? GetIterator(items, sync).
    IteratorRecord record = TRY(GetIterator(vm, items));
    // 6. Repeat,
    for (double k = 0;; ++k) {
        // a. If k ≥ 2^53 - 1, then close the iterator with a TypeError.
        if (k >= 9007199254740991.0) {
            vm.throw_type_error("Too many elements to group");
            return IteratorCloseOnThrow(vm, record);
        }
        // b-c. Let next be ? IteratorStepValue(iteratorRecord); if done, return groups.
        std::optional<Value> next = TRY(IteratorStepValue(vm, record));
        if (!next) return groups;
        Value value = *next;
        // e. Let key be Completion(Call(callback, undefined, « value, 𝔽(k) »)).
        Value arguments[2] = {value, Value(k)};
        Value key = IF_ABRUPT_CLOSE_ITERATOR(vm, record, Call(vm, callback, Value::undefined(), arguments));
        if (coercion == GroupByKeyCoercion::Property) {
            PropertyKey property_key = IF_ABRUPT_CLOSE_ITERATOR(vm, record, ToPropertyKey(vm, key));
            key = property_key.to_value(vm);
        } else if (key.is_number() && key.as_number() == 0) {
            key = Value(0.0);
        }
        // h. Perform AddValueToKeyedGroup(groups, key, value).
        auto found = index.find(key);
        if (found == index.end()) {
            index.emplace(key, groups.keys.size());
            groups.keys.push_back(key);
            groups.elements.emplace_back(vm.heap());
            groups.elements.back().push_back(value);
        } else {
            groups.elements[found->second].push_back(value);
        }
    }
}

} // namespace yjs

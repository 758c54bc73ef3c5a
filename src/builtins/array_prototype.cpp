// %Array.prototype% (23.1.3): the element helpers shared by the Array built-ins, the methods that read,
// write and rearrange elements, and the initializer that installs every method (the callback-driven ones
// are in array_prototype_iteration.cpp, sort and toSorted in array_prototype_sort.cpp).
#include "builtins/array_prototype.h"

#include "builtins/array_iterator_prototype.h"
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/indexed_properties.h"
#include "runtime/object.h"
#include "runtime/safe_point.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace yjs {

// --- Element helpers ---

namespace {

constexpr std::uint64_t kMaxArrayIndex = 0xFFFFFFFEull; // the largest array index, 2^32 - 2

// A present element of dense storage on an object whose [[GetOwnProperty]], [[HasProperty]] and [[Get]]
// are ordinary: HasProperty(O, k) is true and Get(O, k) is `out`, with no observable step.
bool get_dense_element(JSObject* object, std::uint64_t k, Value& out) {
    if (k > kMaxArrayIndex || !object->has_ordinary_lookup()) return false;
    IndexedProperties* elements = object->indexed();
    return elements && elements->get_dense(static_cast<std::uint32_t>(k), out);
}

// The elements of a JSArray that [[Get]] reads without side effects, in order: dense storage without holes
// covering the whole length. Null when that is not the case.
JSArray* as_packed_array(JSObject* object) {
    if (!object->is_array()) return nullptr;
    auto* array = static_cast<JSArray*>(object);
    IndexedProperties* elements = array->indexed();
    if (!elements) return array->length() == 0 ? array : nullptr;
    if (!elements->is_dense() || elements->dense_values().size() != array->length()) return nullptr;
    for (Value value : elements->dense_values()) {
        if (value.is_empty()) return nullptr;
    }
    return array;
}

// No object on the prototype chain of `object` has indexed properties or exotic lookups, so [[Set]] of a
// missing index on `object` only creates an own property.
bool prototype_chain_has_no_elements(JSObject* object) {
    for (JSObject* p = object->prototype(); p; p = p->prototype()) {
        if (!p->has_ordinary_lookup()) return false;
        if (p->indexed() && !p->indexed()->is_empty()) return false;
    }
    return true;
}

} // namespace

namespace {

// The integer n in [2^32 - 1, 2^53 - 1] whose ToString is the atom `key` (such indices are not array
// indices, so they are named properties).
std::optional<std::uint64_t> large_index_of(PropertyKey key) {
    if (!key.is_atom()) return std::nullopt;
    JSString* name = key.as_atom();
    if (name->length() < 10 || name->length() > 16 || name->at(0) == u'0') return std::nullopt;
    std::uint64_t value = 0;
    for (std::uint32_t i = 0; i < name->length(); ++i) {
        char16_t unit = name->at(i);
        if (unit < u'0' || unit > u'9') return std::nullopt;
        value = value * 10 + (unit - u'0');
    }
    if (value <= kMaxArrayIndex || value > kMaxSafeInteger) return std::nullopt;
    return value;
}

// The own indices of `object` (which has ordinary lookups) in [low, high], nearest to `low` (ascending) or to
// `high` (descending).
std::optional<std::uint64_t> nearest_own_index(VM& vm, JSObject* object, std::uint64_t low,
                                               std::uint64_t high, bool ascending) {
    std::optional<std::uint64_t> best;
    auto consider = [&](std::uint64_t index) {
        if (index < low || index > high) return;
        if (!best || (ascending ? index < *best : index > *best)) best = index;
    };
    if (IndexedProperties* elements = object->indexed(); elements && low <= kMaxArrayIndex) {
        auto low32 = static_cast<std::uint32_t>(low);
        auto high32 = static_cast<std::uint32_t>(std::min(high, kMaxArrayIndex));
        std::optional<std::uint32_t> found =
            ascending ? elements->next_index(low32) : elements->previous_index(high32);
        if (found) consider(*found);
    }
    if (high > kMaxArrayIndex) {
        MarkedKeyVector keys(vm.heap());
        object->ordinary_own_property_keys(vm, keys);
        for (PropertyKey key : keys) {
            if (std::optional<std::uint64_t> index = large_index_of(key)) consider(*index);
        }
    }
    return best;
}

} // namespace

std::uint64_t next_present_index(VM& vm, JSObject* object, std::uint64_t k, std::uint64_t end,
                                 bool own_only) {
    if (k >= end) return end;
    std::uint64_t next = end;
    for (JSObject* o = object; o; o = own_only ? nullptr : o->prototype()) {
        if (!o->has_ordinary_lookup()) return k;
        if (std::optional<std::uint64_t> index = nearest_own_index(vm, o, k, next - 1, true)) next = *index;
        if (next == k) return k;
    }
    return next;
}

std::optional<std::uint64_t> previous_present_index(VM& vm, JSObject* object, std::uint64_t k,
                                                    std::uint64_t lowest, bool own_only) {
    if (k < lowest) return std::nullopt;
    std::optional<std::uint64_t> previous;
    for (JSObject* o = object; o; o = own_only ? nullptr : o->prototype()) {
        if (!o->has_ordinary_lookup()) return k;
        std::uint64_t low = previous ? *previous + 1 : lowest;
        if (low > k) break;
        if (std::optional<std::uint64_t> index = nearest_own_index(vm, o, low, k, false)) previous = *index;
        if (previous == k) return k;
    }
    return previous;
}

ThrowCompletionOr<void> check_elements_fit(VM& vm, std::uint64_t count) {
    // (Heap statistics cost a walk over the heap's blocks: only large counts need them.)
    constexpr std::uint64_t kAlwaysFits = std::uint64_t(1) << 20;
    if (count > kAlwaysFits && count > vm.heap().statistics().heap_limit_bytes / sizeof(Value))
        return vm.throw_range_error("Out of memory: JavaScript heap limit exceeded");
    return {};
}

std::uint64_t skip_absent(VM& vm, JSObject* object, std::uint64_t k, std::uint64_t end) {
    Value unused;
    if (k < end && get_dense_element(object, k, unused)) return k;
    return next_present_index(vm, object, k, end);
}

PropertyKey index_key(VM& vm, std::uint64_t k) {
    if (k <= kMaxArrayIndex) return PropertyKey::from_index(static_cast<std::uint32_t>(k));
    return PropertyKey::from_string(vm, NumberToString(vm, static_cast<double>(k)));
}

ThrowCompletionOr<Value> get_element(VM& vm, JSObject* object, std::uint64_t k) {
    Value value;
    if (get_dense_element(object, k, value)) return value;
    return object->get(vm, index_key(vm, k));
}

ThrowCompletionOr<std::optional<Value>> get_element_if_present(VM& vm, JSObject* object, std::uint64_t k) {
    Value value;
    if (get_dense_element(object, k, value)) return std::optional<Value>(value);
    PropertyKey key = index_key(vm, k);
    if (!TRY(object->has_property(vm, key))) return std::optional<Value>();
    return std::optional<Value>(TRY(object->get(vm, key)));
}

ThrowCompletionOr<void> set_element(VM& vm, JSObject* object, std::uint64_t k, Value value) {
    TRY(poll_safe_point(vm));
    if (k <= kMaxArrayIndex) {
        auto index = static_cast<std::uint32_t>(k);
        if (object->is_array()) {
            if (static_cast<JSArray*>(object)->set_fast(vm, index, value)) return {};
        } else if (object->has_ordinary_update() && object->indexed() &&
                   object->indexed()->set_dense(index, value)) {
            return {};
        }
    }
    return object->set(vm, index_key(vm, k), value, true);
}

ThrowCompletionOr<void> create_element(VM& vm, JSObject* object, std::uint64_t k, Value value) {
    TRY(poll_safe_point(vm));
    if (k <= kMaxArrayIndex && object->is_array()) {
        auto* array = static_cast<JSArray*>(object);
        auto index = static_cast<std::uint32_t>(k);
        // Redefining a present dense element, or appending to a packed extensible array, is a plain store.
        if (array->indexed() && array->indexed()->set_dense(index, value)) return {};
        if (index == array->length() && array->push_fast(vm, value)) return {};
    }
    return object->create_data_property_or_throw(vm, index_key(vm, k), value);
}

ThrowCompletionOr<void> delete_element(VM& vm, JSObject* object, std::uint64_t k) {
    return object->delete_property_or_throw(vm, index_key(vm, k));
}

ThrowCompletionOr<void> set_length(VM& vm, JSObject* object, std::uint64_t length) {
    return object->set(vm, vm.names().length, Value(static_cast<double>(length)), true);
}

std::uint64_t resolve_relative_index(double relative, std::uint64_t length) {
    auto len = static_cast<double>(length);
    if (relative < 0) return static_cast<std::uint64_t>(std::max(len + relative, 0.0));
    return static_cast<std::uint64_t>(std::min(relative, len));
}

ThrowCompletionOr<std::uint64_t> resolve_relative_end(VM& vm, Value end, std::uint64_t length) {
    if (end.is_undefined()) return length;
    return resolve_relative_index(TRY(ToIntegerOrInfinity(vm, end)), length);
}

namespace {

// Appends `string` to `out`; false if the result would exceed the longest string the engine creates.
bool append_string(std::u16string& out, JSString* string) {
    if (out.size() + string->length() > JSString::kMaxLength) return false;
    if (string->is_8bit()) {
        for (unsigned char c : string->latin1_view()) out.push_back(c);
    } else {
        out.append(string->utf16_view());
    }
    return true;
}

ThrowCompletion throw_invalid_string_length(VM& vm) {
    return vm.throw_range_error("Invalid string length");
}

// --- Methods ---

// Array.prototype.at ( index )
ThrowCompletionOr<Value> array_at(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    double relative = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double k = relative >= 0 ? relative : static_cast<double>(length) + relative;
    if (k < 0 || k >= static_cast<double>(length)) return Value::undefined();
    return get_element(vm, object, static_cast<std::uint64_t>(k));
}

// IsConcatSpreadable ( O )
ThrowCompletionOr<bool> IsConcatSpreadable(VM& vm, Value value) {
    if (!value.is_object()) return false;
    Value spreadable =
        TRY(value.as_object()->get(vm, PropertyKey::from_symbol(vm.well_known_symbols().isConcatSpreadable)));
    if (!spreadable.is_undefined()) return ToBoolean(spreadable);
    return IsArray(vm, value);
}

// Array.prototype.concat ( ...items )
ThrowCompletionOr<Value> array_concat(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    // 2. Let A be ? ArraySpeciesCreate(O, 0).
    JSObject* result = TRY(ArraySpeciesCreate(vm, object, 0)).as_object();
    std::uint64_t n = 0;
    // 4-5. For each element E of « O, ...items »:
    for (std::size_t i = 0; i <= call.argument_count(); ++i) {
        Value element = i == 0 ? Value(object) : call.arguments[i - 1];
        if (TRY(IsConcatSpreadable(vm, element))) {
            JSObject* source = element.as_object();
            std::uint64_t length = TRY(LengthOfArrayLike(vm, source));
            if (n + length > kMaxSafeInteger) return vm.throw_type_error("Invalid array length");
            for (std::uint64_t k = 0; k < length; ++k, ++n) {
                if (std::uint64_t next = skip_absent(vm, source, k, length); next != k) {
                    n += next - k;
                    if ((k = next) == length) break;
                }
                std::optional<Value> value = TRY(get_element_if_present(vm, source, k));
                if (value) TRY(create_element(vm, result, n, *value));
            }
        } else {
            if (n >= kMaxSafeInteger) return vm.throw_type_error("Invalid array length");
            TRY(create_element(vm, result, n, element));
            ++n;
        }
    }
    // 6. Perform ? Set(A, "length", 𝔽(n), true).
    TRY(set_length(vm, result, n));
    return Value(result);
}

// Array.prototype.copyWithin ( target, start [ , end ] )
ThrowCompletionOr<Value> array_copy_within(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    std::uint64_t to = resolve_relative_index(TRY(ToIntegerOrInfinity(vm, call.argument(0))), length);
    std::uint64_t from = resolve_relative_index(TRY(ToIntegerOrInfinity(vm, call.argument(1))), length);
    std::uint64_t final_index = TRY(resolve_relative_end(vm, call.argument(2), length));
    // 15. Let count be min(final - from, len - to).
    if (final_index <= from || to >= length) return Value(object);
    std::uint64_t count = std::min(final_index - from, length - to);
    // 16-17. Copy backwards when the ranges overlap with the source first.
    bool backwards = from < to && to < from + count;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::uint64_t from_index = backwards ? from + count - 1 - i : from + i;
        std::uint64_t to_index = backwards ? to + count - 1 - i : to + i;
        std::optional<Value> value = TRY(get_element_if_present(vm, object, from_index));
        if (value) {
            TRY(set_element(vm, object, to_index, *value));
            continue;
        }
        TRY(delete_element(vm, object, to_index));
        if (!has_ordinary_delete(object)) continue;
        // An absent source and an absent own target make a step unobservable: skip to the next step where
        // either is present.
        std::uint64_t skip;
        if (!backwards) {
            std::uint64_t source = next_present_index(vm, object, from_index + 1, from + count);
            std::uint64_t target = next_present_index(vm, object, to_index + 1, to + count, true);
            skip = std::min(source - from, target - to);
        } else {
            std::optional<std::uint64_t> source =
                from_index == from ? std::nullopt : previous_present_index(vm, object, from_index - 1, from);
            std::optional<std::uint64_t> target =
                to_index == to ? std::nullopt : previous_present_index(vm, object, to_index - 1, to, true);
            std::uint64_t source_step = source ? from + count - 1 - *source : count;
            std::uint64_t target_step = target ? to + count - 1 - *target : count;
            skip = std::min(source_step, target_step);
        }
        i = skip - 1;
    }
    return Value(object);
}

// Array.prototype.entries ( ), keys ( ), values ( )
ThrowCompletionOr<Value> array_entries(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    return Value(CreateArrayIterator(vm, object, ArrayIterationKind::KeyAndValue));
}

ThrowCompletionOr<Value> array_keys(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    return Value(CreateArrayIterator(vm, object, ArrayIterationKind::Key));
}

ThrowCompletionOr<Value> array_values(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    return Value(CreateArrayIterator(vm, object, ArrayIterationKind::Value));
}

ThrowCompletionOr<Value> fill_elements(VM& vm, JSObject* object, std::uint64_t k, std::uint64_t end,
                                       Value value) {
    for (; k < end; ++k)
        TRY(set_element(vm, object, k, value));
    return Value(object);
}

// Array.prototype.fill ( value [ , start [ , end ] ] )
ThrowCompletionOr<Value> array_fill(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    std::uint64_t k = resolve_relative_index(TRY(ToIntegerOrInfinity(vm, call.argument(1))), length);
    std::uint64_t final_index = TRY(resolve_relative_end(vm, call.argument(2), length));
    // When every Set of an absent index is sure to create a data property (an extensible object with ordinary
    // [[Set]] and no elements up its prototype chain), a fill that must create more properties than the heap
    // can hold is out of memory before it starts rather than after filling the heap.
    if (k < final_index && (object->is_array() || object->has_ordinary_update()) && object->extensible() &&
        prototype_chain_has_no_elements(object)) {
        IndexedProperties* elements = object->indexed();
        if (elements && !elements->is_dense())
            return fill_elements(vm, object, k, final_index, call.argument(0));
        std::uint64_t existing = elements ? elements->end_index() : 0;
        std::uint64_t created = final_index - k > existing ? final_index - k - existing : 0;
        TRY(check_elements_fit(vm, created));
    }
    return fill_elements(vm, object, k, final_index, call.argument(0));
}

// The start index of includes / indexOf: nullopt when the search is empty (n = +∞).
ThrowCompletionOr<std::optional<std::uint64_t>> search_start(VM& vm, Value from_index, std::uint64_t length) {
    double n = TRY(ToIntegerOrInfinity(vm, from_index));
    if (n == INFINITY) return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>(resolve_relative_index(n, length));
}

// Array.prototype.includes ( searchElement [ , fromIndex ] )
ThrowCompletionOr<Value> array_includes(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length == 0) return Value::boolean(false);
    std::optional<std::uint64_t> start = TRY(search_start(vm, call.argument(1), length));
    if (!start) return Value::boolean(false);
    // An absent element reads as undefined: only a search for undefined must see it.
    bool skip = !call.argument(0).is_undefined();
    for (std::uint64_t k = *start; k < length; ++k) {
        if (skip && (k = skip_absent(vm, object, k, length)) == length) break;
        Value element = TRY(get_element(vm, object, k));
        if (SameValueZero(call.argument(0), element)) return Value::boolean(true);
    }
    return Value::boolean(false);
}

// Array.prototype.indexOf ( searchElement [ , fromIndex ] )
ThrowCompletionOr<Value> array_index_of(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length == 0) return Value(-1.0);
    std::optional<std::uint64_t> start = TRY(search_start(vm, call.argument(1), length));
    if (!start) return Value(-1.0);
    for (std::uint64_t k = *start; k < length; ++k) {
        if ((k = skip_absent(vm, object, k, length)) == length) break;
        std::optional<Value> element = TRY(get_element_if_present(vm, object, k));
        if (element && IsStrictlyEqual(call.argument(0), *element)) return Value(static_cast<double>(k));
    }
    return Value(-1.0);
}

// Array.prototype.join ( separator )
ThrowCompletionOr<Value> array_join(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    // 3-4. If separator is undefined, let sep be ","; else let sep be ? ToString(separator).
    JSString* separator =
        call.argument(0).is_undefined() ? JSString::from_ascii(vm, ",") : TRY(ToString(vm, call.argument(0)));
    std::u16string result;
    for (std::uint64_t k = 0; k < length; ++k) {
        // Absent elements add nothing but their separators.
        if (std::uint64_t next = skip_absent(vm, object, k, length); next != k) {
            std::uint64_t separators = next - k - (k == 0 ? 1 : 0);
            if (!separator->is_empty()) {
                if (separators > (JSString::kMaxLength - result.size()) / separator->length())
                    return throw_invalid_string_length(vm);
                for (std::uint64_t i = 0; i < separators; ++i) {
                    if (!append_string(result, separator)) return throw_invalid_string_length(vm);
                }
            }
            if (next == length) break;
            k = next;
        }
        if (k > 0 && !append_string(result, separator)) return throw_invalid_string_length(vm);
        Value element = TRY(get_element(vm, object, k));
        if (element.is_nullish()) continue;
        JSString* string = TRY(ToString(vm, element));
        if (!append_string(result, string)) return throw_invalid_string_length(vm);
    }
    return Value(JSString::create(vm, result));
}

// Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
ThrowCompletionOr<Value> array_last_index_of(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length == 0) return Value(-1.0);
    // 4. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
    double n = call.argument_count() > 1 ? TRY(ToIntegerOrInfinity(vm, call.argument(1)))
                                         : static_cast<double>(length) - 1;
    // 5-7. -∞ searches nothing; a negative n counts from the end.
    double k = n >= 0 ? std::min(n, static_cast<double>(length) - 1) : static_cast<double>(length) + n;
    for (; k >= 0; --k) {
        std::optional<std::uint64_t> present =
            previous_present_index(vm, object, static_cast<std::uint64_t>(k), 0);
        if (!present) break;
        k = static_cast<double>(*present);
        std::optional<Value> element = TRY(get_element_if_present(vm, object, *present));
        if (element && IsStrictlyEqual(call.argument(0), *element)) return Value(k);
    }
    return Value(-1.0);
}

// Array.prototype.pop ( )
ThrowCompletionOr<Value> array_pop(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    if (object->is_array()) {
        Value element;
        if (static_cast<JSArray*>(object)->pop_fast(vm, element)) return element;
    }
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length == 0) {
        TRY(set_length(vm, object, 0));
        return Value::undefined();
    }
    Value element = TRY(get_element(vm, object, length - 1));
    TRY(delete_element(vm, object, length - 1));
    TRY(set_length(vm, object, length - 1));
    return element;
}

// Array.prototype.push ( ...items )
ThrowCompletionOr<Value> array_push(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::size_t pushed = 0;
    if (object->is_array() && call.argument_count() > 0) {
        auto* array = static_cast<JSArray*>(object);
        while (pushed < call.argument_count() && array->push_fast(vm, call.arguments[pushed]))
            ++pushed;
        if (pushed == call.argument_count()) return Value(static_cast<double>(array->length()));
    }
    // The generic path (for whatever the fast path did not push: it stops at the first element it cannot
    // store as plain data, and each push it did was exactly Set(O, len, E) plus the "length" update).
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    std::size_t count = call.argument_count() - pushed;
    if (length + count > kMaxSafeInteger)
        return vm.throw_type_error("Pushing " + std::to_string(count) +
                                   " elements on an array-like of length " + std::to_string(length) +
                                   " is disallowed, as the total surpasses 2**53-1");
    for (std::size_t i = pushed; i < call.argument_count(); ++i, ++length)
        TRY(set_element(vm, object, length, call.arguments[i]));
    TRY(set_length(vm, object, length));
    return Value(static_cast<double>(length));
}

// Array.prototype.reverse ( )
ThrowCompletionOr<Value> array_reverse(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    std::uint64_t middle = length / 2;
    for (std::uint64_t lower = 0; lower != middle; ++lower) {
        // Skip the pairs whose two elements are absent.
        if (Value unused; !get_dense_element(object, lower, unused)) {
            std::uint64_t next_lower = next_present_index(vm, object, lower, middle);
            std::optional<std::uint64_t> next_upper =
                previous_present_index(vm, object, length - lower - 1, length - middle);
            if (next_upper) next_lower = std::min(next_lower, length - 1 - *next_upper);
            if (next_lower == middle) break;
            lower = next_lower;
        }
        std::uint64_t upper = length - lower - 1;
        std::optional<Value> lower_value = TRY(get_element_if_present(vm, object, lower));
        std::optional<Value> upper_value = TRY(get_element_if_present(vm, object, upper));
        if (lower_value && upper_value) {
            TRY(set_element(vm, object, lower, *upper_value));
            TRY(set_element(vm, object, upper, *lower_value));
        } else if (upper_value) {
            TRY(set_element(vm, object, lower, *upper_value));
            TRY(delete_element(vm, object, upper));
        } else if (lower_value) {
            TRY(delete_element(vm, object, lower));
            TRY(set_element(vm, object, upper, *lower_value));
        }
    }
    return Value(object);
}

// Array.prototype.shift ( )
ThrowCompletionOr<Value> array_shift(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    // A packed array with a writable length: every step is a plain read, store or delete of own data.
    if (JSArray* array = as_packed_array(object);
        array && array->length() > 0 && array->length_is_writable(vm)) {
        std::span<const Value> elements = array->indexed()->dense_values();
        Value first = elements[0];
        std::vector<Value> rest(elements.begin() + 1, elements.end());
        array->indexed()->assign_dense(rest);
        TRY(set_length(vm, array, rest.size()));
        return first;
    }
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (length == 0) {
        TRY(set_length(vm, object, 0));
        return Value::undefined();
    }
    Value first = TRY(get_element(vm, object, 0));
    for (std::uint64_t k = 1; k < length; ++k) {
        std::optional<Value> value = TRY(get_element_if_present(vm, object, k));
        if (value)
            TRY(set_element(vm, object, k - 1, *value));
        else
            TRY(delete_element(vm, object, k - 1));
    }
    TRY(delete_element(vm, object, length - 1));
    TRY(set_length(vm, object, length - 1));
    return first;
}

// Array.prototype.slice ( start, end )
ThrowCompletionOr<Value> array_slice(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    std::uint64_t k = resolve_relative_index(TRY(ToIntegerOrInfinity(vm, call.argument(0))), length);
    std::uint64_t final_index = TRY(resolve_relative_end(vm, call.argument(1), length));
    std::uint64_t count = final_index > k ? final_index - k : 0;
    JSObject* result = TRY(ArraySpeciesCreate(vm, object, count)).as_object();
    std::uint64_t n = 0;
    for (; k < final_index; ++k, ++n) {
        if (std::uint64_t next = skip_absent(vm, object, k, final_index); next != k) {
            n += next - k;
            if ((k = next) == final_index) break;
        }
        std::optional<Value> value = TRY(get_element_if_present(vm, object, k));
        if (value) TRY(create_element(vm, result, n, *value));
    }
    TRY(set_length(vm, result, n));
    return Value(result);
}

// The actualStart / actual delete-or-skip count computation of splice and toSpliced.
struct SpliceRange {
    std::uint64_t start;
    std::uint64_t count;
};

ThrowCompletionOr<SpliceRange> splice_range(VM& vm, const NativeCallInfo& call, std::uint64_t length) {
    std::uint64_t start = resolve_relative_index(TRY(ToIntegerOrInfinity(vm, call.argument(0))), length);
    if (call.argument_count() == 0) return SpliceRange{start, 0};
    if (call.argument_count() == 1) return SpliceRange{start, length - start};
    double requested = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    double clamped = std::clamp(requested, 0.0, static_cast<double>(length - start));
    return SpliceRange{start, static_cast<std::uint64_t>(clamped)};
}

// Array.prototype.splice ( start, deleteCount, ...items )
ThrowCompletionOr<Value> array_splice(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    SpliceRange range = TRY(splice_range(vm, call, length));
    std::span<const Value> items =
        call.argument_count() > 2 ? call.arguments.subspan(2) : std::span<const Value>();
    std::uint64_t item_count = items.size();
    std::uint64_t start = range.start, delete_count = range.count;
    if (length + item_count - delete_count > kMaxSafeInteger)
        return vm.throw_type_error("Invalid array length");
    // 12. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
    JSObject* removed = TRY(ArraySpeciesCreate(vm, object, delete_count)).as_object();
    for (std::uint64_t k = 0; k < delete_count; ++k) {
        if ((k = skip_absent(vm, object, start + k, start + delete_count) - start) == delete_count) break;
        std::optional<Value> value = TRY(get_element_if_present(vm, object, start + k));
        if (value) TRY(create_element(vm, removed, k, *value));
    }
    TRY(set_length(vm, removed, delete_count));
    // Where O's [[Delete]] is ordinary, a move whose source is absent and whose target is not an own property
    // has no observable step: the loops below skip to the next move where either is present.
    bool skip_moves = has_ordinary_delete(object);
    std::uint64_t new_length = length - delete_count + item_count;
    if (item_count < delete_count) {
        // 16. Shift the tail down, then delete the vacated trailing indices.
        for (std::uint64_t k = start; k < length - delete_count; ++k) {
            std::optional<Value> value = TRY(get_element_if_present(vm, object, k + delete_count));
            if (value) {
                TRY(set_element(vm, object, k + item_count, *value));
                continue;
            }
            TRY(delete_element(vm, object, k + item_count));
            if (!skip_moves) continue;
            std::uint64_t source = next_present_index(vm, object, k + delete_count + 1, length);
            std::uint64_t target = next_present_index(vm, object, k + item_count + 1, new_length, true);
            k = std::min(source - delete_count, target - item_count) - 1;
        }
        for (std::uint64_t k = length; k > new_length; --k) {
            if (skip_moves) {
                std::optional<std::uint64_t> present = previous_present_index(vm, object, k - 1, new_length, true);
                if (!present) break;
                k = *present + 1;
            }
            TRY(delete_element(vm, object, k - 1));
        }
    } else if (item_count > delete_count) {
        // 17. Shift the tail up, from the end.
        for (std::uint64_t k = length - delete_count; k > start; --k) {
            std::optional<Value> value = TRY(get_element_if_present(vm, object, k + delete_count - 1));
            if (value) {
                TRY(set_element(vm, object, k + item_count - 1, *value));
                continue;
            }
            TRY(delete_element(vm, object, k + item_count - 1));
            if (!skip_moves || k == start + 1) continue;
            std::optional<std::uint64_t> source =
                previous_present_index(vm, object, k + delete_count - 2, start + delete_count);
            std::optional<std::uint64_t> target =
                previous_present_index(vm, object, k + item_count - 2, start + item_count, true);
            std::uint64_t next = std::max(source ? *source + 1 - delete_count : start,
                                          target ? *target + 1 - item_count : start);
            k = next + 1;
        }
    }
    for (std::uint64_t i = 0; i < item_count; ++i)
        TRY(set_element(vm, object, start + i, items[i]));
    TRY(set_length(vm, object, length - delete_count + item_count));
    return Value(removed);
}

// Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
ThrowCompletionOr<Value> array_to_locale_string(VM& vm, const NativeCallInfo& call) {
    JSObject* array = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, array));
    std::u16string result;
    for (std::uint64_t k = 0; k < length; ++k) {
        // The list separator of the host's locale: "," as in Node.
        if (k > 0) result.push_back(u',');
        Value element = TRY(get_element(vm, array, k));
        if (element.is_nullish()) continue;
        Value converted = TRY(Invoke(vm, element, PropertyKey::from_ascii(vm, "toLocaleString")));
        JSString* string = TRY(ToString(vm, converted));
        if (!append_string(result, string)) return throw_invalid_string_length(vm);
    }
    return Value(JSString::create(vm, result));
}

// Array.prototype.toReversed ( )
ThrowCompletionOr<Value> array_to_reversed(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    JSArray* result = TRY(ArrayCreate(vm, length));
    TRY(check_elements_fit(vm, length));
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = TRY(get_element(vm, object, length - k - 1));
        TRY(create_element(vm, result, k, value));
    }
    return Value(result);
}

// Array.prototype.toSpliced ( start, skipCount, ...items )
ThrowCompletionOr<Value> array_to_spliced(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    SpliceRange range = TRY(splice_range(vm, call, length));
    std::span<const Value> items =
        call.argument_count() > 2 ? call.arguments.subspan(2) : std::span<const Value>();
    // 10-11. Let newLen be len + insertCount - actualSkipCount; above 2^53 - 1 is a TypeError.
    std::uint64_t new_length = length + items.size() - range.count;
    if (new_length > kMaxSafeInteger) return vm.throw_type_error("Invalid array length");
    JSArray* result = TRY(ArrayCreate(vm, new_length));
    TRY(check_elements_fit(vm, new_length));
    std::uint64_t i = 0;
    for (; i < range.start; ++i)
        TRY(create_element(vm, result, i, TRY(get_element(vm, object, i))));
    for (Value item : items)
        TRY(create_element(vm, result, i++, item));
    for (std::uint64_t r = range.start + range.count; i < new_length; ++i, ++r)
        TRY(create_element(vm, result, i, TRY(get_element(vm, object, r))));
    return Value(result);
}

// Array.prototype.toString ( )
ThrowCompletionOr<Value> array_to_string(VM& vm, const NativeCallInfo& call) {
    JSObject* array = TRY(ToObject(vm, call.this_value));
    Value join = TRY(array->get(vm, vm.names().join));
    // 3. If IsCallable(func) is false, set func to the intrinsic function %Object.prototype.toString%.
    if (!IsCallable(join)) return Value(TRY(ObjectPrototypeToString(vm, array)));
    return Call(vm, join, array);
}

// Array.prototype.unshift ( ...items )
ThrowCompletionOr<Value> array_unshift(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t count = call.argument_count();
    // A packed extensible array with a writable length and no elements up its prototype chain: the moves
    // and stores are plain own-data operations.
    if (JSArray* array = as_packed_array(object);
        array && count > 0 && array->extensible() && array->length_is_writable(vm) &&
        prototype_chain_has_no_elements(array) &&
        std::uint64_t(array->length()) + count <= kMaxArrayIndex + 1) {
        std::vector<Value> elements(call.arguments.begin(), call.arguments.end());
        if (array->indexed()) {
            std::span<const Value> old = array->indexed()->dense_values();
            elements.insert(elements.end(), old.begin(), old.end());
        }
        array->ensure_indexed(vm).assign_dense(elements);
        TRY(set_length(vm, array, elements.size()));
        return Value(static_cast<double>(elements.size()));
    }
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    if (count > 0) {
        if (length + count > kMaxSafeInteger) return vm.throw_type_error("Invalid array length");
        for (std::uint64_t k = length; k > 0; --k) {
            std::optional<Value> value = TRY(get_element_if_present(vm, object, k - 1));
            if (value) {
                TRY(set_element(vm, object, k + count - 1, *value));
                continue;
            }
            TRY(delete_element(vm, object, k + count - 1));
            if (!has_ordinary_delete(object) || k == 1) continue;
            // An absent source and an absent own target make a move unobservable: skip to the next move where
            // either is present.
            std::optional<std::uint64_t> source = previous_present_index(vm, object, k - 2, 0);
            std::optional<std::uint64_t> target =
                previous_present_index(vm, object, k + count - 2, count, true);
            std::uint64_t next = std::max(source ? *source + 1 : 0, target ? *target + 1 - count : 0);
            k = next + 1;
        }
        for (std::uint64_t j = 0; j < count; ++j)
            TRY(set_element(vm, object, j, call.arguments[j]));
    }
    TRY(set_length(vm, object, length + count));
    return Value(static_cast<double>(length + count));
}

// Array.prototype.with ( index, value )
ThrowCompletionOr<Value> array_with(VM& vm, const NativeCallInfo& call) {
    JSObject* object = TRY(ToObject(vm, call.this_value));
    std::uint64_t length = TRY(LengthOfArrayLike(vm, object));
    double relative = TRY(ToIntegerOrInfinity(vm, call.argument(0)));
    double actual = relative >= 0 ? relative : static_cast<double>(length) + relative;
    // 6. If actualIndex ≥ len or actualIndex < 0, throw a RangeError exception.
    if (actual >= static_cast<double>(length) || actual < 0) return vm.throw_range_error("Invalid index");
    auto actual_index = static_cast<std::uint64_t>(actual);
    JSArray* result = TRY(ArrayCreate(vm, length));
    TRY(check_elements_fit(vm, length));
    for (std::uint64_t k = 0; k < length; ++k) {
        Value value = k == actual_index ? call.argument(1) : TRY(get_element(vm, object, k));
        TRY(create_element(vm, result, k, value));
    }
    return Value(result);
}

} // namespace

void initialize_array_prototype(VM& vm, Realm& realm) {
    // The Array prototype object is an Array exotic object with "length" 0 (23.1.3).
    JSArray* prototype = JSArray::create(vm, 0, realm.intrinsic(Intrinsic::ObjectPrototype));
    realm.set_intrinsic(Intrinsic::ArrayPrototype, prototype);
    auto define = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        return prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function,
                                                 length);
    };
    define("at", array_at, 1);
    define("concat", array_concat, 1);
    define("copyWithin", array_copy_within, 2);
    define("entries", array_entries, 0);
    define("every", ArrayPrototypeEvery, 1);
    define("fill", array_fill, 1);
    define("filter", ArrayPrototypeFilter, 1);
    define("find", ArrayPrototypeFind, 1);
    define("findIndex", ArrayPrototypeFindIndex, 1);
    define("findLast", ArrayPrototypeFindLast, 1);
    define("findLastIndex", ArrayPrototypeFindLastIndex, 1);
    define("flat", ArrayPrototypeFlat, 0);
    define("flatMap", ArrayPrototypeFlatMap, 1);
    define("forEach", ArrayPrototypeForEach, 1);
    define("includes", array_includes, 1);
    define("indexOf", array_index_of, 1);
    define("join", array_join, 1);
    define("keys", array_keys, 0);
    define("lastIndexOf", array_last_index_of, 1);
    define("map", ArrayPrototypeMap, 1);
    define("pop", array_pop, 0);
    define("push", array_push, 1);
    define("reduce", ArrayPrototypeReduce, 1);
    define("reduceRight", ArrayPrototypeReduceRight, 1);
    define("reverse", array_reverse, 0);
    define("shift", array_shift, 0);
    define("slice", array_slice, 2);
    define("some", ArrayPrototypeSome, 1);
    define("sort", ArrayPrototypeSort, 1);
    define("splice", array_splice, 2);
    define("toLocaleString", array_to_locale_string, 0);
    define("toReversed", array_to_reversed, 0);
    define("toSorted", ArrayPrototypeToSorted, 1);
    define("toSpliced", array_to_spliced, 2);
    define("toString", array_to_string, 0);
    define("unshift", array_unshift, 1);
    JSObject* values = define("values", array_values, 0);
    realm.set_intrinsic(Intrinsic::ArrayPrototypeValues, values);
    define("with", array_with, 2);
    // Array.prototype [ %Symbol.iterator% ] is %Array.prototype.values%.
    const WellKnownSymbols& symbols = vm.well_known_symbols();
    prototype->define_direct_property(vm, PropertyKey::from_symbol(symbols.iterator), values,
                                      kBuiltinAttributes);
    // Array.prototype [ %Symbol.unscopables% ]: a null-prototype object listing the ES2015+ method names.
    JSObject* unscopables = JSObject::create(vm, nullptr);
    for (const char* name :
         {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
          "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"})
        unscopables->define_direct_property(vm, PropertyKey::from_ascii(vm, name), Value::boolean(true),
                                            kDefaultDataAttributes);
    prototype->define_direct_property(vm, PropertyKey::from_symbol(symbols.unscopables), unscopables,
                                      kConfigurable);
}

} // namespace yjs

#pragma once
#include "runtime/value.h"

#include <cstdint>
#include <optional>

namespace yjs {

class JSObject;

// Attribute bits stored with every property.
enum PropertyAttribute : std::uint8_t {
    kWritable = 1 << 0,
    kEnumerable = 1 << 1,
    kConfigurable = 1 << 2,
    kAccessor = 1 << 3, // the slot holds an Accessor cell (getter/setter pair)
};
using PropertyAttributes = std::uint8_t;
inline constexpr PropertyAttributes kDefaultDataAttributes = kWritable | kEnumerable | kConfigurable;
// Built-in methods: writable, configurable, not enumerable.
inline constexpr PropertyAttributes kBuiltinAttributes = kWritable | kConfigurable;

// The spec's Property Descriptor record: every field optional.
struct PropertyDescriptor {
    std::optional<Value> value;
    std::optional<JSObject*> get; // nullptr means "undefined"
    std::optional<JSObject*> set;
    std::optional<bool> writable;
    std::optional<bool> enumerable;
    std::optional<bool> configurable;

    bool is_accessor_descriptor() const { return get.has_value() || set.has_value(); }
    bool is_data_descriptor() const { return value.has_value() || writable.has_value(); }
    bool is_generic_descriptor() const { return !is_accessor_descriptor() && !is_data_descriptor(); }

    static PropertyDescriptor data(Value v, PropertyAttributes attributes) {
        PropertyDescriptor d;
        d.value = v;
        d.writable = (attributes & kWritable) != 0;
        d.enumerable = (attributes & kEnumerable) != 0;
        d.configurable = (attributes & kConfigurable) != 0;
        return d;
    }
    static PropertyDescriptor accessor(JSObject* getter, JSObject* setter, PropertyAttributes attributes) {
        PropertyDescriptor d;
        d.get = getter;
        d.set = setter;
        d.enumerable = (attributes & kEnumerable) != 0;
        d.configurable = (attributes & kConfigurable) != 0;
        return d;
    }
};

} // namespace yjs

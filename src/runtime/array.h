#pragma once
// Array exotic objects (10.4.2).
//
// "length" is an ordinary own data property in slot 0 (created first, so it comes first among the string
// keys, as ArrayCreate's OrdinaryDefineOwnProperty makes it); its value is always a uint32 Number. Only
// [[DefineOwnProperty]] is exotic (ArraySetLength and the index/length invariant), so lookups take the
// ordinary fast paths. Elements live in IndexedProperties; the helpers below give the interpreter and the
// array built-ins cheap access to dense storage without changing observable behaviour.
#include "runtime/object.h"

#include <cstdint>
#include <span>

namespace yjs {

class JSArray final : public JSObject {
public:
    // ArrayCreate(length, proto) for a length known to be < 2^32; `prototype` null means the current
    // realm's %Array.prototype%.
    static JSArray* create(VM&, std::uint32_t length = 0, JSObject* prototype = nullptr);
    // CreateArrayFromList.
    static JSArray* create_from_list(VM&, std::span<const Value> elements);
    explicit JSArray(Shape*);

    const char* class_name() const override { return "Array"; }
    bool is_array() const override { return true; }

    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey,
                                                         const PropertyDescriptor&) override;

    std::uint32_t length() const { return static_cast<std::uint32_t>(slots()[0].as_number()); }
    bool length_is_writable(VM&) const;

    // Fast paths; each returns false (having done nothing) when the fast case does not apply, in which case
    // the caller uses the generic operations.
    // A present element with default attributes.
    bool get_fast(std::uint32_t index, Value& out) const;
    // [[Set]] of an index on this array when it behaves as a plain store: overwriting an existing dense
    // element, or appending at index == length to an extensible array with writable length.
    bool set_fast(VM&, std::uint32_t index, Value value);
    // Array.prototype.push / pop of one element on a dense array with writable length.
    bool push_fast(VM&, Value value);
    bool pop_fast(VM&, Value& out);

    // ArraySetLength(A, Desc).
    ThrowCompletionOr<bool> set_length(VM&, const PropertyDescriptor&);

private:
    void set_length_value(std::uint32_t length) { slots()[0] = Value(static_cast<double>(length)); }
    // The elements fit the fast paths: dense storage whose size equals the length.
    bool is_dense_packed() const;
};

// ArrayCreate(length, proto): RangeError when length > 2^32 - 1.
ThrowCompletionOr<JSArray*> ArrayCreate(VM&, std::uint64_t length, JSObject* prototype = nullptr);

} // namespace yjs

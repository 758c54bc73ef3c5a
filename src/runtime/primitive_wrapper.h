#pragma once
// Primitive wrapper objects: Boolean, Number, String, Symbol and BigInt objects, whose [[BooleanData]],
// [[NumberData]], [[StringData]], [[SymbolData]] or [[BigIntData]] slot is `primitive_value()` (the slot
// is the one matching the value's type). ToObject creates them; the constructors of the built-in library
// create them through OrdinaryCreateFromConstructor-style prototypes.
#include "runtime/object.h"

namespace yjs {

class JSString;

class PrimitiveWrapper : public JSObject {
public:
    // A wrapper of `primitive` (not a string: use StringObject::create) with the given [[Prototype]].
    static PrimitiveWrapper* create(VM&, Value primitive, JSObject* prototype);
    PrimitiveWrapper(Shape*, Value primitive);

    const char* class_name() const override { return "PrimitiveWrapper"; }
    BuiltinTag builtin_tag() const override;
    Value primitive_value() const { return primitive_; }
    void visit_edges(Visitor&) override;

private:
    Value primitive_;
};

// String exotic object (10.4.3): own index properties for the code units and a non-writable "length".
class StringObject final : public PrimitiveWrapper {
public:
    // StringCreate(value, prototype).
    static StringObject* create(VM&, JSString* value, JSObject* prototype);
    StringObject(Shape*, JSString* value);

    const char* class_name() const override { return "StringObject"; }
    JSString* string() const { return primitive_value().as_string(); }

    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey,
                                                         const PropertyDescriptor&) override;
    ThrowCompletionOr<void> internal_own_property_keys(VM&, MarkedKeyVector& keys) override;

private:
    // StringGetOwnProperty(S, P).
    std::optional<PropertyDescriptor> string_get_own_property(VM&, PropertyKey);
};

} // namespace yjs

#pragma once
// Arguments exotic objects (10.4.4).
//
// An unmapped arguments object is an ordinary object with the [[ParameterMap]] slot (so
// Object.prototype.toString reports "Arguments"). A mapped one aliases the function's formal parameters:
// each mapped index refers either to a register of the live frame or to a slot of the function's context.
// Register aliases are *detached* when the frame exits (the current values are copied into the object's
// own properties): after that no code can observe the parameter any more, so the copy is exact. Context
// aliases stay live for the object's whole lifetime.
#include "runtime/object.h"

#include <cstdint>
#include <span>
#include <vector>

namespace yjs {

class Environment;
class DeclarativeEnvironment;
class JSFunction;
class VM;

class ArgumentsObject final : public JSObject {
public:
    // CreateUnmappedArgumentsObject(argumentsList).
    static ArgumentsObject* create_unmapped(VM&, std::span<const Value> arguments);
    // CreateMappedArgumentsObject(func, formals, argumentsList, env): `registers` is the frame's register
    // file (kept alive through `frame_owner` when the frame lives in a heap object), `context` the
    // function's context for parameters stored in context slots.
    static ArgumentsObject* create_mapped(VM&, JSFunction* callee, std::span<const Value> arguments,
                                          Value* registers, Cell* frame_owner, DeclarativeEnvironment* context);
    explicit ArgumentsObject(Shape*);

    const char* class_name() const override { return "Arguments"; }
    BuiltinTag builtin_tag() const override { return BuiltinTag::Arguments; }
    void visit_edges(Visitor&) override;

    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM&, PropertyKey) override;
    ThrowCompletionOr<bool> internal_define_own_property(VM&, PropertyKey, const PropertyDescriptor&) override;
    ThrowCompletionOr<Value> internal_get(VM&, PropertyKey, Value receiver) override;
    ThrowCompletionOr<bool> internal_set(VM&, PropertyKey, Value value, Value receiver) override;
    ThrowCompletionOr<bool> internal_delete(VM&, PropertyKey) override;

    bool is_mapped() const { return !map_.empty(); }
    // The frame whose registers are aliased is exiting: copy the aliased values into own properties.
    void detach_registers(VM&);

private:
    struct Mapping {
        enum class Kind : std::uint8_t { None, Register, ContextSlot };
        Kind kind = Kind::None;
        std::uint32_t index = 0;
    };
    bool is_mapped_index(PropertyKey, Mapping** mapping);
    Value read(const Mapping&) const;
    void write(const Mapping&, Value);

    std::vector<Mapping> map_; // the [[ParameterMap]], by argument index
    Value* registers_ = nullptr;
    Cell* frame_owner_ = nullptr;
    DeclarativeEnvironment* context_ = nullptr;
};

} // namespace yjs

// The ArrayBuffer constructor and prototype (25.1.4 - 25.1.6).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace yjs {

namespace {

// RequireInternalSlot(O, [[ArrayBufferData]]) and IsSharedArrayBuffer(O) is false.
ThrowCompletionOr<ArrayBufferObject*> this_array_buffer(VM& vm, Value this_value, const char* method) {
    auto* buffer = as_if<ArrayBufferObject>(this_value);
    if (!buffer || buffer->is_shared()) return throw_incompatible_receiver(vm, method, this_value);
    return buffer;
}

// ArrayBuffer ( length [ , options ] )
ThrowCompletionOr<Value> array_buffer_constructor(VM& vm, const NativeCallInfo& call) {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!call.new_target) return vm.throw_type_error("Constructor ArrayBuffer requires 'new'");
    // 2. Let byteLength be ? ToIndex(length).
    std::uint64_t byte_length = TRY(ToBufferLength(vm, call.argument(0), "Invalid array buffer length"));
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    std::optional<std::uint64_t> max_byte_length =
        TRY(GetArrayBufferMaxByteLengthOption(vm, call.argument(1)));
    // 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    return Value(TRY(AllocateArrayBuffer(vm, call.new_target, byte_length, max_byte_length)));
}

// ArrayBuffer.isView ( arg )
ThrowCompletionOr<Value> array_buffer_is_view(VM&, const NativeCallInfo& call) {
    Value argument = call.argument(0);
    if (!argument.is_object()) return Value::boolean(false);
    JSObject* object = argument.as_object();
    return Value::boolean(object->is_typed_array() || as_if<DataViewObject>(object) != nullptr);
}

ThrowCompletionOr<Value> array_buffer_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

ThrowCompletionOr<Value> array_buffer_byte_length(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_array_buffer(vm, call.this_value, "get ArrayBuffer.prototype.byteLength"));
    return Value(static_cast<double>(buffer->byte_length()));
}

ThrowCompletionOr<Value> array_buffer_detached(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_array_buffer(vm, call.this_value, "get ArrayBuffer.prototype.detached"));
    return Value::boolean(buffer->is_detached());
}

ThrowCompletionOr<Value> array_buffer_immutable(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_array_buffer(vm, call.this_value, "get ArrayBuffer.prototype.immutable"));
    return Value::boolean(buffer->is_immutable());
}

ThrowCompletionOr<Value> array_buffer_max_byte_length(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_array_buffer(vm, call.this_value, "get ArrayBuffer.prototype.maxByteLength"));
    if (buffer->is_detached()) return Value(0.0);
    if (buffer->is_fixed_length()) return Value(static_cast<double>(buffer->byte_length()));
    return Value(static_cast<double>(*buffer->max_byte_length()));
}

ThrowCompletionOr<Value> array_buffer_resizable(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_array_buffer(vm, call.this_value, "get ArrayBuffer.prototype.resizable"));
    return Value::boolean(!buffer->is_fixed_length());
}

// ArrayBuffer.prototype.resize ( newLength )
ThrowCompletionOr<Value> array_buffer_resize(VM& vm, const NativeCallInfo& call) {
    // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); not shared.
    auto* buffer = as_if<ArrayBufferObject>(call.this_value);
    if (!buffer || buffer->is_shared() || buffer->is_fixed_length())
        return throw_incompatible_receiver(vm, "ArrayBuffer.prototype.resize", call.this_value);
    // 4. Let newByteLength be ? ToIndex(newLength).
    std::uint64_t new_length =
        TRY(ToBufferLength(vm, call.argument(0), "ArrayBuffer.prototype.resize: Invalid length parameter"));
    // 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer");
    // 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
    if (new_length > *buffer->max_byte_length())
        return vm.throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter");
    // 7-8. HostResizeArrayBuffer.
    TRY(buffer->resize(vm, new_length));
    return Value::undefined();
}

// The relative index arithmetic of slice: ToIntegerOrInfinity(relative) clamped to [0, length].
ThrowCompletionOr<std::uint64_t> relative_index(VM& vm, Value value, std::uint64_t length,
                                                std::uint64_t fallback) {
    if (value.is_undefined()) return fallback;
    double relative = TRY(ToIntegerOrInfinity(vm, value));
    auto len = static_cast<double>(length);
    if (relative < 0) return static_cast<std::uint64_t>(std::max(len + relative, 0.0));
    return static_cast<std::uint64_t>(std::min(relative, len));
}

// ArrayBuffer.prototype.slice ( start, end )
ThrowCompletionOr<Value> array_buffer_slice(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, call.this_value, "ArrayBuffer.prototype.slice"));
    // 4. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
    // 5-13. len, first, final (ResolveBounds), newLen.
    std::uint64_t length = buffer->byte_length();
    std::uint64_t first = TRY(relative_index(vm, call.argument(0), length, 0));
    std::uint64_t final_index = TRY(relative_index(vm, call.argument(1), length, length));
    std::uint64_t new_length = final_index > first ? final_index - first : 0;
    // 14-15. Let ctor be ? SpeciesConstructor(O, %ArrayBuffer%); new be ? Construct(ctor, « 𝔽(newLen) »).
    JSObject* constructor =
        TRY(SpeciesConstructor(vm, buffer, vm.current_realm().intrinsic(Intrinsic::ArrayBufferConstructor)));
    Value argument(static_cast<double>(new_length));
    JSObject* created = TRY(Construct(vm, constructor, std::span<const Value>(&argument, 1)));
    // 16-20. The result must be a distinct, non-shared, attached ArrayBuffer at least newLen long.
    auto* target = as_if<ArrayBufferObject>(created);
    if (!target || target->is_shared())
        return vm.throw_type_error("ArrayBuffer subclass returned this from species constructor");
    if (target->is_detached())
        return vm.throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
    if (target->is_immutable())
        return vm.throw_type_error(
            "Cannot perform ArrayBuffer.prototype.slice into an immutable ArrayBuffer");
    if (target == buffer)
        return vm.throw_type_error("ArrayBuffer subclass returned this from species constructor");
    if (target->byte_length() < new_length)
        return vm.throw_type_error("Species constructor returned a too small ArrayBuffer");
    // 22. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer");
    // 24-26. Copy what is still in bounds of O's current length.
    std::uint64_t current_length = buffer->byte_length();
    if (first < current_length) {
        std::uint64_t count = std::min(new_length, current_length - first);
        if (count) std::memmove(target->data(), buffer->data() + first, count);
    }
    return Value(target);
}

// ArrayBuffer.prototype.sliceToImmutable ( start, end )
ThrowCompletionOr<Value> array_buffer_slice_to_immutable(VM& vm, const NativeCallInfo& call) {
    const char* method = "ArrayBuffer.prototype.sliceToImmutable";
    // 1-3. RequireInternalSlot(O, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, call.this_value, method));
    // 4. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(std::string("Cannot perform ") + method + " on a detached ArrayBuffer");
    // 5-9. len; first and final from ResolveBounds(len, start, end); newLen.
    std::uint64_t length = buffer->byte_length();
    std::uint64_t first = TRY(relative_index(vm, call.argument(0), length, 0));
    std::uint64_t final_index = TRY(relative_index(vm, call.argument(1), length, length));
    std::uint64_t new_length = final_index > first ? final_index - first : 0;
    // 11. If IsDetachedBuffer(O) is true, throw a TypeError exception (the coercions may have detached O).
    if (buffer->is_detached())
        return vm.throw_type_error(std::string("Cannot perform ") + method + " on a detached ArrayBuffer");
    // 13-14. If currentLen < final, throw a RangeError exception (the coercions may have shrunk O).
    if (buffer->byte_length() < final_index)
        return vm.throw_range_error(std::string(method) + ": the ArrayBuffer was resized below the range");
    // 15. Return ? AllocateImmutableArrayBuffer(%ArrayBuffer%, newLen, fromBuf, first, newLen).
    return Value(TRY(AllocateImmutableArrayBuffer(vm, new_length, buffer->data() + first, new_length)));
}

// How ArrayBufferCopyAndDetach shapes the new buffer.
enum class CopyAndDetachMode { PreserveResizability, FixedLength, Immutable };

// ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability )
ThrowCompletionOr<Value> ArrayBufferCopyAndDetach(VM& vm, Value this_value, Value new_length_value,
                                                  CopyAndDetachMode mode, const char* method) {
    // 1-2. RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, this_value, method));
    // 3-4. newByteLength: the current length when newLength is undefined, else ? ToIndex(newLength).
    std::uint64_t new_length = new_length_value.is_undefined()
                                   ? buffer->byte_length()
                                   : TRY(ToBufferLength(vm, new_length_value, "Invalid array buffer length"));
    // 5. If IsDetachedBuffer(arrayBuffer) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(std::string("Cannot perform ") + method + " on a detached ArrayBuffer");
    // 6. If IsImmutableBuffer(arrayBuffer) is true, throw a TypeError exception.
    if (buffer->is_immutable())
        return vm.throw_type_error(std::string("Cannot perform ") + method + " on an immutable ArrayBuffer");
    // 7. If arrayBuffer.[[ArrayBufferDetachKey]] is not undefined, throw a TypeError exception.
    if (!buffer->detach_key().is_undefined())
        return vm.throw_type_error("Cannot detach ArrayBuffer: wrong key");
    // 9.a. An immutable copy: AllocateImmutableArrayBuffer(%ArrayBuffer%, newByteLength, arrayBuffer's data,
    // 0, copyLength), then ! DetachArrayBuffer(arrayBuffer).
    if (mode == CopyAndDetachMode::Immutable) {
        std::uint64_t count = std::min(new_length, buffer->byte_length());
        ArrayBufferObject* target = TRY(AllocateImmutableArrayBuffer(vm, new_length, buffer->data(), count));
        buffer->detach();
        return Value(target);
    }
    // newMaxByteLength.
    std::optional<std::uint64_t> new_max;
    if (mode == CopyAndDetachMode::PreserveResizability && !buffer->is_fixed_length())
        new_max = buffer->max_byte_length();
    // 9. Let newBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, newByteLength, newMaxByteLength).
    JSObject* constructor = vm.current_realm().intrinsic(Intrinsic::ArrayBufferConstructor);
    if (new_length <= buffer->byte_length() && !(new_max && new_length > *new_max)) {
        // The bytes move to the new buffer (no copy), which then shrinks to the new length.
        ArrayBufferObject* target = TRY(AllocateArrayBuffer(vm, constructor, 0, new_max));
        buffer->move_data_to(*target);
        TRY(target->resize(vm, new_length));
        return Value(target);
    }
    ArrayBufferObject* target = TRY(AllocateArrayBuffer(vm, constructor, new_length, new_max));
    // 10-12. Copy min(newByteLength, byteLength) bytes.
    std::uint64_t count = std::min(new_length, buffer->byte_length());
    if (count) std::memcpy(target->data(), buffer->data(), count);
    // 13. Perform ! DetachArrayBuffer(arrayBuffer).
    buffer->detach();
    return Value(target);
}

ThrowCompletionOr<Value> array_buffer_transfer(VM& vm, const NativeCallInfo& call) {
    return ArrayBufferCopyAndDetach(vm, call.this_value, call.argument(0),
                                    CopyAndDetachMode::PreserveResizability,
                                    "ArrayBuffer.prototype.transfer");
}

ThrowCompletionOr<Value> array_buffer_transfer_to_fixed_length(VM& vm, const NativeCallInfo& call) {
    return ArrayBufferCopyAndDetach(vm, call.this_value, call.argument(0), CopyAndDetachMode::FixedLength,
                                    "ArrayBuffer.prototype.transferToFixedLength");
}

ThrowCompletionOr<Value> array_buffer_transfer_to_immutable(VM& vm, const NativeCallInfo& call) {
    return ArrayBufferCopyAndDetach(vm, call.this_value, call.argument(0), CopyAndDetachMode::Immutable,
                                    "ArrayBuffer.prototype.transferToImmutable");
}

} // namespace

void initialize_array_buffer_constructor(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::ArrayBufferPrototype);
    NativeFunction* constructor = make_constructor(vm, realm, "ArrayBuffer", array_buffer_constructor, 1,
                                                   prototype, Intrinsic::ArrayBufferConstructor);
    constructor->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "isView"),
                                        array_buffer_is_view, 1);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        array_buffer_species, nullptr);

    auto accessor = [&](const char* name, NativeFunctionPointer getter) {
        prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, name), getter, nullptr);
    };
    auto method = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function, length);
    };
    accessor("byteLength", array_buffer_byte_length);
    accessor("detached", array_buffer_detached);
    accessor("immutable", array_buffer_immutable);
    accessor("maxByteLength", array_buffer_max_byte_length);
    accessor("resizable", array_buffer_resizable);
    method("resize", array_buffer_resize, 1);
    method("slice", array_buffer_slice, 2);
    method("sliceToImmutable", array_buffer_slice_to_immutable, 2);
    method("transfer", array_buffer_transfer, 0);
    method("transferToFixedLength", array_buffer_transfer_to_fixed_length, 0);
    method("transferToImmutable", array_buffer_transfer_to_immutable, 0);
    define_to_string_tag(vm, prototype, "ArrayBuffer");
    define_global_property(vm, realm, "ArrayBuffer", constructor);
}

} // namespace yjs

// The SharedArrayBuffer constructor and prototype (25.2.3 - 25.2.5). The bytes are a SharedDataBlock that
// other agents may share (runtime/array_buffer.h); a growable one reserved its maximum length up front.
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

ThrowCompletionOr<ArrayBufferObject*> this_shared_buffer(VM& vm, Value this_value, const char* method) {
    auto* buffer = as_if<ArrayBufferObject>(this_value);
    if (!buffer || !buffer->is_shared()) return throw_incompatible_receiver(vm, method, this_value);
    return buffer;
}

// SharedArrayBuffer ( length [ , options ] )
ThrowCompletionOr<Value> shared_array_buffer_constructor(VM& vm, const NativeCallInfo& call) {
    if (!call.new_target) return vm.throw_type_error("Constructor SharedArrayBuffer requires 'new'");
    // 2. Let byteLength be ? ToIndex(length).
    std::uint64_t byte_length = TRY(ToBufferLength(vm, call.argument(0), "Invalid array buffer length"));
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    std::optional<std::uint64_t> max_byte_length =
        TRY(GetArrayBufferMaxByteLengthOption(vm, call.argument(1)));
    // 4. Return ? AllocateSharedArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    return Value(TRY(AllocateSharedArrayBuffer(vm, call.new_target, byte_length, max_byte_length)));
}

ThrowCompletionOr<Value> shared_array_buffer_species(VM&, const NativeCallInfo& call) {
    return call.this_value;
}

ThrowCompletionOr<Value> shared_array_buffer_byte_length(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_shared_buffer(vm, call.this_value, "get SharedArrayBuffer.prototype.byteLength"));
    return Value(static_cast<double>(buffer->byte_length()));
}

ThrowCompletionOr<Value> shared_array_buffer_growable(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_shared_buffer(vm, call.this_value, "get SharedArrayBuffer.prototype.growable"));
    return Value::boolean(!buffer->is_fixed_length());
}

ThrowCompletionOr<Value> shared_array_buffer_max_byte_length(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_shared_buffer(vm, call.this_value, "get SharedArrayBuffer.prototype.maxByteLength"));
    if (buffer->is_fixed_length()) return Value(static_cast<double>(buffer->byte_length()));
    return Value(static_cast<double>(*buffer->max_byte_length()));
}

// SharedArrayBuffer.prototype.grow ( newLength )
ThrowCompletionOr<Value> shared_array_buffer_grow(VM& vm, const NativeCallInfo& call) {
    // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); shared.
    auto* buffer = as_if<ArrayBufferObject>(call.this_value);
    if (!buffer || !buffer->is_shared() || buffer->is_fixed_length())
        return throw_incompatible_receiver(vm, "SharedArrayBuffer.prototype.grow", call.this_value);
    // 4. Let newByteLength be ? ToIndex(newLength).
    std::uint64_t new_length = TRY(
        ToBufferLength(vm, call.argument(0), "SharedArrayBuffer.prototype.grow: Invalid length parameter"));
    // 5-11. The compare-and-exchange loop on the block's length: a RangeError when shrinking or growing
    // past the maximum.
    TRY(buffer->grow_shared(vm, new_length, "SharedArrayBuffer.prototype.grow: Invalid length parameter"));
    return Value::undefined();
}

ThrowCompletionOr<std::uint64_t> relative_index(VM& vm, Value value, std::uint64_t length,
                                                std::uint64_t fallback) {
    if (value.is_undefined()) return fallback;
    double relative = TRY(ToIntegerOrInfinity(vm, value));
    auto len = static_cast<double>(length);
    if (relative < 0) return static_cast<std::uint64_t>(std::max(len + relative, 0.0));
    return static_cast<std::uint64_t>(std::min(relative, len));
}

// SharedArrayBuffer.prototype.slice ( start, end )
ThrowCompletionOr<Value> shared_array_buffer_slice(VM& vm, const NativeCallInfo& call) {
    ArrayBufferObject* buffer =
        TRY(this_shared_buffer(vm, call.this_value, "SharedArrayBuffer.prototype.slice"));
    std::uint64_t length = buffer->byte_length();
    std::uint64_t first = TRY(relative_index(vm, call.argument(0), length, 0));
    std::uint64_t final_index = TRY(relative_index(vm, call.argument(1), length, length));
    std::uint64_t new_length = final_index > first ? final_index - first : 0;
    // 13-14. Let ctor be ? SpeciesConstructor(O, %SharedArrayBuffer%); new be ? Construct(ctor, « newLen »).
    JSObject* constructor = TRY(SpeciesConstructor(
        vm, buffer, vm.current_realm().intrinsic(Intrinsic::SharedArrayBufferConstructor)));
    Value argument(static_cast<double>(new_length));
    JSObject* created = TRY(Construct(vm, constructor, std::span<const Value>(&argument, 1)));
    // 15-18. The result must be a distinct SharedArrayBuffer at least newLen long.
    auto* target = as_if<ArrayBufferObject>(created);
    if (!target || !target->is_shared() || target == buffer)
        return vm.throw_type_error("SharedArrayBuffer subclass returned this from species constructor");
    if (target->byte_length() < new_length)
        return vm.throw_type_error("Species constructor returned a too small SharedArrayBuffer");
    if (new_length) std::memmove(target->data(), buffer->data() + first, new_length);
    return Value(target);
}

} // namespace

void initialize_shared_array_buffer(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::SharedArrayBufferPrototype);
    NativeFunction* constructor =
        make_constructor(vm, realm, "SharedArrayBuffer", shared_array_buffer_constructor, 1, prototype,
                         Intrinsic::SharedArrayBufferConstructor);
    constructor->define_native_accessor(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().species),
                                        shared_array_buffer_species, nullptr);
    auto accessor = [&](const char* name, NativeFunctionPointer getter) {
        prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, name), getter, nullptr);
    };
    auto method = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function, length);
    };
    accessor("byteLength", shared_array_buffer_byte_length);
    method("grow", shared_array_buffer_grow, 1);
    accessor("growable", shared_array_buffer_growable);
    accessor("maxByteLength", shared_array_buffer_max_byte_length);
    method("slice", shared_array_buffer_slice, 2);
    define_to_string_tag(vm, prototype, "SharedArrayBuffer");
    define_global_property(vm, realm, "SharedArrayBuffer", constructor);
}

} // namespace yjs

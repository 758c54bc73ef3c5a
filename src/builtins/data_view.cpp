// The DataView constructor and prototype (25.3.2 - 25.3.4).
#include "builtins/builtins.h"
#include "runtime/abstract_ops.h"
#include "runtime/array_buffer.h"
#include "runtime/object.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"

#include <string>

namespace yjs {

namespace {

ThrowCompletionOr<DataViewObject*> this_data_view(VM& vm, Value value, const char* method) {
    auto* view = as_if<DataViewObject>(value);
    if (!view) return throw_incompatible_receiver(vm, method, value);
    return view;
}

ThrowCompletion detached(VM& vm, const char* method) {
    return vm.throw_type_error(std::string("Cannot perform ") + method + " on a detached ArrayBuffer");
}

ThrowCompletion out_of_bounds(VM& vm, const DataViewObject& view, const char* method) {
    if (view.buffer()->is_detached()) return detached(vm, method);
    return vm.throw_type_error(std::string("Cannot perform ") + method + " on an out of bounds DataView");
}

ThrowCompletionOr<std::uint64_t> to_index(VM& vm, Value value, const std::string& message) {
    double integer = TRY(ToIntegerOrInfinity(vm, value));
    if (integer < 0 || integer > 9007199254740991.0) return vm.throw_range_error(message);
    return static_cast<std::uint64_t>(integer);
}

// DataView ( buffer [ , byteOffset [ , byteLength ] ] )
ThrowCompletionOr<Value> data_view_constructor(VM& vm, const NativeCallInfo& call) {
    if (!call.new_target) return vm.throw_type_error("Constructor DataView requires 'new'");
    // 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
    auto* buffer = as_if<ArrayBufferObject>(call.argument(0));
    if (!buffer) return vm.throw_type_error("First argument to DataView constructor must be an ArrayBuffer");
    // 3. Let offset be ? ToIndex(byteOffset).
    auto start_out_of_bounds = [&](double offset) {
        return vm.throw_range_error("Start offset " + NumberToString(vm, offset)->to_utf8() +
                                    " is outside the bounds of the buffer");
    };
    double offset_number = TRY(ToIntegerOrInfinity(vm, call.argument(1)));
    if (offset_number < 0 || offset_number > 9007199254740991.0) return start_out_of_bounds(offset_number);
    auto offset = static_cast<std::uint64_t>(offset_number);
    // 4. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if (buffer->is_detached()) return detached(vm, "DataView constructor");
    // 5-6. If offset > bufferByteLength, throw a RangeError exception.
    if (offset > buffer->byte_length()) return start_out_of_bounds(offset_number);
    // 7-9. The view's byte length: auto for a resizable buffer without byteLength.
    Value length_argument = call.argument(2);
    std::optional<std::uint64_t> view_length;
    if (length_argument.is_undefined()) {
        if (buffer->is_fixed_length()) view_length = buffer->byte_length() - offset;
    } else {
        double length_number = TRY(ToIntegerOrInfinity(vm, length_argument));
        std::string message = "Invalid DataView length " + NumberToString(vm, length_number)->to_utf8();
        if (length_number < 0 || length_number > 9007199254740991.0) return vm.throw_range_error(message);
        view_length = static_cast<std::uint64_t>(length_number);
        if (offset + *view_length > buffer->byte_length()) return vm.throw_range_error(message);
    }
    // 10. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%DataView.prototype%", ...).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, call.new_target, Intrinsic::DataViewPrototype));
    // 11-14. The prototype lookup may have detached or shrunk the buffer.
    if (buffer->is_detached()) return detached(vm, "DataView constructor");
    if (offset > buffer->byte_length()) return start_out_of_bounds(offset_number);
    if (view_length && offset + *view_length > buffer->byte_length())
        return vm.throw_range_error("Invalid DataView length " + std::to_string(*view_length));
    return Value(
        vm.heap().allocate<DataViewObject>(Shape::create_root(vm, prototype), buffer, offset, view_length));
}

ThrowCompletionOr<Value> data_view_buffer(VM& vm, const NativeCallInfo& call) {
    DataViewObject* view = TRY(this_data_view(vm, call.this_value, "get DataView.prototype.buffer"));
    return Value(view->buffer());
}

ThrowCompletionOr<Value> data_view_byte_length(VM& vm, const NativeCallInfo& call) {
    const char* method = "get DataView.prototype.byteLength";
    DataViewObject* view = TRY(this_data_view(vm, call.this_value, method));
    if (view->is_out_of_bounds()) return out_of_bounds(vm, *view, method);
    return Value(static_cast<double>(view->view_byte_length()));
}

ThrowCompletionOr<Value> data_view_byte_offset(VM& vm, const NativeCallInfo& call) {
    const char* method = "get DataView.prototype.byteOffset";
    DataViewObject* view = TRY(this_data_view(vm, call.this_value, method));
    if (view->is_out_of_bounds()) return out_of_bounds(vm, *view, method);
    return Value(static_cast<double>(view->byte_offset()));
}

std::string method_name(const char* prefix, ElementType type) {
    return std::string("DataView.prototype.") + prefix + element_type_name(type);
}

// GetViewValue ( view, requestIndex, isLittleEndian, type )
template <ElementType type> ThrowCompletionOr<Value> data_view_get(VM& vm, const NativeCallInfo& call) {
    std::string method = method_name("get", type);
    DataViewObject* view = TRY(this_data_view(vm, call.this_value, method.c_str()));
    // 3. Let getIndex be ? ToIndex(requestIndex).
    std::uint64_t index = TRY(to_index(vm, call.argument(0), "Offset is outside the bounds of the DataView"));
    // 4. Set isLittleEndian to ToBoolean(isLittleEndian).
    bool little_endian = ToBoolean(call.argument(1));
    // 6-7. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
    if (view->is_out_of_bounds()) return out_of_bounds(vm, *view, method.c_str());
    // 8-10. If getIndex + elementSize > viewSize, throw a RangeError exception.
    if (index + element_size(type) > view->view_byte_length())
        return vm.throw_range_error("Offset is outside the bounds of the DataView");
    return GetValueFromBuffer(vm, *view->buffer(), index + view->byte_offset(), type, little_endian);
}

// SetViewValue ( view, requestIndex, isLittleEndian, type, value )
template <ElementType type> ThrowCompletionOr<Value> data_view_set(VM& vm, const NativeCallInfo& call) {
    std::string method = method_name("set", type);
    DataViewObject* view = TRY(this_data_view(vm, call.this_value, method.c_str()));
    // 3. If IsImmutableBuffer(view.[[ViewedArrayBuffer]]) is true, throw a TypeError exception.
    if (view->buffer()->is_immutable()) return throw_immutable_buffer_write(vm, method.c_str());
    std::uint64_t index = TRY(to_index(vm, call.argument(0), "Offset is outside the bounds of the DataView"));
    // 5-6. Let numberValue be ? ToBigInt(value) or ? ToNumber(value).
    Value value = TRY(ToElementNumeric(vm, type, call.argument(1)));
    bool little_endian = ToBoolean(call.argument(2));
    if (view->is_out_of_bounds()) return out_of_bounds(vm, *view, method.c_str());
    if (index + element_size(type) > view->view_byte_length())
        return vm.throw_range_error("Offset is outside the bounds of the DataView");
    TRY(SetValueInBuffer(vm, *view->buffer(), index + view->byte_offset(), type, value, little_endian));
    return Value::undefined();
}

} // namespace

void initialize_data_view(VM& vm, Realm& realm) {
    JSObject* prototype = make_intrinsic_object(vm, realm, Intrinsic::DataViewPrototype);
    NativeFunction* constructor = make_constructor(vm, realm, "DataView", data_view_constructor, 1, prototype,
                                                   Intrinsic::DataViewConstructor);
    auto accessor = [&](const char* name, NativeFunctionPointer getter) {
        prototype->define_native_accessor(vm, realm, PropertyKey::from_ascii(vm, name), getter, nullptr);
    };
    auto method = [&](const char* name, NativeFunctionPointer function, std::uint32_t length) {
        prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function, length);
    };
    accessor("buffer", data_view_buffer);
    accessor("byteLength", data_view_byte_length);
    accessor("byteOffset", data_view_byte_offset);
    method("getBigInt64", data_view_get<ElementType::BigInt64>, 1);
    method("getBigUint64", data_view_get<ElementType::BigUint64>, 1);
    method("getFloat16", data_view_get<ElementType::Float16>, 1);
    method("getFloat32", data_view_get<ElementType::Float32>, 1);
    method("getFloat64", data_view_get<ElementType::Float64>, 1);
    method("getInt8", data_view_get<ElementType::Int8>, 1);
    method("getInt16", data_view_get<ElementType::Int16>, 1);
    method("getInt32", data_view_get<ElementType::Int32>, 1);
    method("getUint8", data_view_get<ElementType::Uint8>, 1);
    method("getUint16", data_view_get<ElementType::Uint16>, 1);
    method("getUint32", data_view_get<ElementType::Uint32>, 1);
    method("setBigInt64", data_view_set<ElementType::BigInt64>, 2);
    method("setBigUint64", data_view_set<ElementType::BigUint64>, 2);
    method("setFloat16", data_view_set<ElementType::Float16>, 2);
    method("setFloat32", data_view_set<ElementType::Float32>, 2);
    method("setFloat64", data_view_set<ElementType::Float64>, 2);
    method("setInt8", data_view_set<ElementType::Int8>, 2);
    method("setInt16", data_view_set<ElementType::Int16>, 2);
    method("setInt32", data_view_set<ElementType::Int32>, 2);
    method("setUint8", data_view_set<ElementType::Uint8>, 2);
    method("setUint16", data_view_set<ElementType::Uint16>, 2);
    method("setUint32", data_view_set<ElementType::Uint32>, 2);
    define_to_string_tag(vm, prototype, "DataView");
    define_global_property(vm, realm, "DataView", constructor);
}

} // namespace yjs

#include "runtime/array_buffer.h"

#include "runtime/abstract_ops.h"
#include "runtime/number_conversion.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/vm.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace yjs {

namespace {

// Buffers at least this large first check that they fit under the heap limit (collecting if needed);
// smaller ones only report their bytes, which triggers collections as any allocation does.
constexpr std::uint64_t kLimitCheckBytes = std::uint64_t(1) << 20;

bool fits_heap_limit(Heap& heap, std::uint64_t bytes) {
    if (bytes < kLimitCheckBytes) return true;
    HeapStatistics statistics = heap.statistics();
    if (statistics.committed_bytes + bytes <= statistics.heap_limit_bytes) return true;
    heap.collect_garbage();
    statistics = heap.statistics();
    return statistics.committed_bytes + bytes <= statistics.heap_limit_bytes;
}

void reverse_bytes(std::uint8_t* bytes, std::uint32_t size) {
    std::reverse(bytes, bytes + size);
}

} // namespace

const char* element_type_name(ElementType type) {
    constexpr const char* names[] = {"Int8",   "Uint8",   "Uint8Clamped", "Int16",   "Uint16",   "Int32",
                                     "Uint32", "Float16", "Float32",      "Float64", "BigInt64", "BigUint64"};
    return names[static_cast<std::size_t>(type)];
}

std::uint16_t double_to_float16_bits(double value) {
    std::uint16_t sign = std::signbit(value) ? 0x8000 : 0;
    if (std::isnan(value)) return 0x7E00;
    double magnitude = std::fabs(value);
    if (std::isinf(magnitude)) return sign | 0x7C00;
    if (magnitude == 0) return sign;
    // Subnormal range: units of 2^-24, rounded to nearest even (scaling by a power of two is exact, and
    // nearbyint rounds ties to even in the default rounding mode).
    constexpr double kMinNormal = 0x1p-14;
    if (magnitude < kMinNormal) {
        auto units = static_cast<std::uint16_t>(std::nearbyint(std::ldexp(magnitude, 24)));
        return sign | units; // 1024 units is the smallest normal, whose bits are the same
    }
    int exponent;
    std::frexp(magnitude, &exponent); // magnitude = f * 2^exponent, f in [0.5, 1)
    exponent -= 1;                    // magnitude in [2^exponent, 2^(exponent+1))
    double significand = std::nearbyint(std::ldexp(magnitude, 10 - exponent)); // in [1024, 2048]
    if (significand == 2048) {
        significand = 1024;
        ++exponent;
    }
    if (exponent > 15) return sign | 0x7C00;
    auto biased = static_cast<std::uint16_t>(exponent + 15);
    return sign | static_cast<std::uint16_t>(biased << 10) | static_cast<std::uint16_t>(significand - 1024);
}

double float16_bits_to_double(std::uint16_t bits) {
    double sign = (bits & 0x8000) ? -1.0 : 1.0;
    int exponent = (bits >> 10) & 0x1F;
    int fraction = bits & 0x3FF;
    if (exponent == 0x1F) return fraction ? std::nan("") : sign * INFINITY;
    if (exponent == 0) return sign * std::ldexp(fraction, -24);
    return sign * std::ldexp(fraction + 1024, exponent - 25);
}

// --- SharedDataBlock ---

SharedDataBlock* SharedDataBlock::create(std::uint64_t byte_length, std::uint64_t capacity) {
    std::uint8_t* data = nullptr;
    if (capacity) {
        data = static_cast<std::uint8_t*>(std::calloc(capacity, 1));
        if (!data) return nullptr;
    }
    return new SharedDataBlock(data, byte_length, capacity);
}

SharedDataBlock::~SharedDataBlock() {
    std::free(data_);
}

void SharedDataBlock::release() {
    if (references_.fetch_sub(1, std::memory_order_acq_rel) == 1) delete this;
}

// --- ArrayBufferObject ---

ArrayBufferObject::ArrayBufferObject(Shape* shape, bool shared) : JSObject(shape), shared_(shared) {
    set_ordinary_methods(true, true);
}

ArrayBufferObject::~ArrayBufferObject() {
    if (block_) {
        Heap::of(this).did_free_external(byte_length_);
        block_->release();
    } else if (data_) {
        std::free(data_);
        Heap::of(this).did_free_external(byte_length_);
    }
}

ThrowCompletionOr<ArrayBufferObject*>
ArrayBufferObject::allocate(VM& vm, JSObject* prototype, std::uint64_t byte_length,
                            std::optional<std::uint64_t> max_byte_length, bool shared) {
    if (byte_length > kMaxByteLength || !fits_heap_limit(vm.heap(), byte_length))
        return throw_buffer_allocation_failed(vm);
    if (shared) {
        SharedDataBlock* block = SharedDataBlock::create(byte_length, max_byte_length.value_or(byte_length));
        if (!block) return throw_buffer_allocation_failed(vm);
        ArrayBufferObject* buffer = create_for_shared_block(vm, prototype, block, max_byte_length);
        block->release();
        return buffer;
    }
    std::uint8_t* data = nullptr;
    if (byte_length) {
        data = static_cast<std::uint8_t*>(std::calloc(byte_length, 1));
        if (!data) return throw_buffer_allocation_failed(vm);
        vm.heap().did_allocate_external(byte_length);
    }
    auto* buffer = vm.heap().allocate<ArrayBufferObject>(Shape::create_root(vm, prototype), false);
    buffer->data_ = data;
    buffer->byte_length_ = byte_length;
    buffer->max_byte_length_ = max_byte_length;
    return buffer;
}

ArrayBufferObject* ArrayBufferObject::create_for_shared_block(VM& vm, JSObject* prototype,
                                                              SharedDataBlock* block,
                                                              std::optional<std::uint64_t> max_byte_length) {
    auto* buffer = vm.heap().allocate<ArrayBufferObject>(Shape::create_root(vm, prototype), true);
    block->retain();
    buffer->block_ = block;
    buffer->data_ = block->data();
    buffer->byte_length_ = block->byte_length();
    buffer->max_byte_length_ = max_byte_length;
    vm.heap().did_allocate_external(buffer->byte_length_);
    return buffer;
}

ThrowCompletionOr<void> ArrayBufferObject::grow_shared(VM& vm, std::uint64_t new_length,
                                                       const char* message) {
    std::uint64_t current = block_->byte_length();
    for (;;) {
        // Growing to the current length does nothing; shrinking, or growing past the maximum, is an error.
        if (new_length == current) return {};
        if (new_length < current || new_length > block_->capacity()) return vm.throw_range_error(message);
        if (!fits_heap_limit(vm.heap(), new_length - current)) return throw_buffer_allocation_failed(vm);
        std::uint64_t expected = current;
        if (block_->compare_exchange_length(expected, new_length)) break;
        current = expected; // another agent grew it meanwhile
    }
    vm.heap().did_allocate_external(new_length - current);
    byte_length_ += new_length - current;
    return {};
}

void ArrayBufferObject::detach() {
    if (data_) {
        std::free(data_);
        Heap::of(this).did_free_external(byte_length_);
    }
    data_ = nullptr;
    byte_length_ = 0;
    detached_ = true;
}

ThrowCompletionOr<void> ArrayBufferObject::resize(VM& vm, std::uint64_t new_length) {
    if (new_length == byte_length_) return {};
    if (new_length > byte_length_ && !fits_heap_limit(vm.heap(), new_length - byte_length_))
        return throw_buffer_allocation_failed(vm);
    if (new_length == 0) {
        std::free(data_);
        data_ = nullptr;
    } else {
        auto* data = static_cast<std::uint8_t*>(std::realloc(data_, new_length));
        if (!data) return throw_buffer_allocation_failed(vm);
        if (new_length > byte_length_) std::memset(data + byte_length_, 0, new_length - byte_length_);
        data_ = data;
    }
    Heap& heap = Heap::of(this);
    if (new_length > byte_length_)
        heap.did_allocate_external(new_length - byte_length_);
    else
        heap.did_free_external(byte_length_ - new_length);
    byte_length_ = new_length;
    return {};
}

void ArrayBufferObject::move_data_to(ArrayBufferObject& target) {
    if (target.data_) {
        std::free(target.data_);
        Heap::of(&target).did_free_external(target.byte_length_);
    }
    target.data_ = data_;
    target.byte_length_ = byte_length_;
    data_ = nullptr;
    byte_length_ = 0;
    detached_ = true;
}

ThrowCompletion throw_buffer_allocation_failed(VM& vm) {
    return vm.throw_range_error("Array buffer allocation failed");
}

ThrowCompletionOr<std::uint64_t> ToBufferLength(VM& vm, Value value, const char* message) {
    double integer = TRY(ToIntegerOrInfinity(vm, value));
    if (integer < 0 || integer > 9007199254740991.0) return vm.throw_range_error(message);
    return static_cast<std::uint64_t>(integer);
}

ThrowCompletionOr<std::optional<std::uint64_t>> GetArrayBufferMaxByteLengthOption(VM& vm, Value options) {
    // 1. If options is not an Object, return empty.
    if (!options.is_object()) return std::optional<std::uint64_t>();
    // 2. Let maxByteLength be ? Get(options, "maxByteLength").
    Value max = TRY(options.as_object()->get(vm, PropertyKey::from_ascii(vm, "maxByteLength")));
    // 3. If maxByteLength is undefined, return empty.
    if (max.is_undefined()) return std::optional<std::uint64_t>();
    // 4. Return ? ToIndex(maxByteLength).
    return std::optional<std::uint64_t>(TRY(ToBufferLength(vm, max, "Invalid array buffer max length")));
}

ThrowCompletionOr<ArrayBufferObject*> AllocateArrayBuffer(VM& vm, JSObject* constructor,
                                                          std::uint64_t byte_length,
                                                          std::optional<std::uint64_t> max_byte_length) {
    // 3. If allocatingResizableBuffer is true and byteLength > maxByteLength, throw a RangeError exception.
    if (max_byte_length && byte_length > *max_byte_length)
        return vm.throw_range_error("Invalid array buffer max length");
    // 4. Let obj be ? OrdinaryCreateFromConstructor(constructor, "%ArrayBuffer.prototype%", slots).
    JSObject* prototype = TRY(GetPrototypeFromConstructor(vm, constructor, Intrinsic::ArrayBufferPrototype));
    // 5-7. Let block be ? CreateByteDataBlock(byteLength); the maximum must be possible too.
    if (max_byte_length && *max_byte_length > ArrayBufferObject::kMaxByteLength)
        return vm.throw_range_error("Invalid array buffer max length");
    return ArrayBufferObject::allocate(vm, prototype, byte_length, max_byte_length, false);
}

ThrowCompletionOr<ArrayBufferObject*>
AllocateSharedArrayBuffer(VM& vm, JSObject* constructor, std::uint64_t byte_length,
                          std::optional<std::uint64_t> max_byte_length) {
    if (max_byte_length && byte_length > *max_byte_length)
        return vm.throw_range_error("Invalid array buffer max length");
    JSObject* prototype =
        TRY(GetPrototypeFromConstructor(vm, constructor, Intrinsic::SharedArrayBufferPrototype));
    if (max_byte_length && *max_byte_length > ArrayBufferObject::kMaxByteLength)
        return vm.throw_range_error("Invalid array buffer max length");
    return ArrayBufferObject::allocate(vm, prototype, byte_length, max_byte_length, true);
}

ThrowCompletionOr<ArrayBufferObject*> AllocateImmutableArrayBuffer(VM& vm, std::uint64_t byte_length,
                                                                   const std::uint8_t* from,
                                                                   std::uint64_t count) {
    ArrayBufferObject* buffer = TRY(ArrayBufferObject::allocate(
        vm, vm.current_realm().intrinsic(Intrinsic::ArrayBufferPrototype), byte_length, std::nullopt, false));
    if (count) std::memcpy(buffer->data(), from, count);
    buffer->make_immutable();
    return buffer;
}

ThrowCompletionOr<void> DetachArrayBuffer(VM& vm, ArrayBufferObject& buffer, Value key) {
    // 1. Assert: IsSharedArrayBuffer(arrayBuffer) is false.
    // An immutable buffer cannot be detached.
    if (buffer.is_immutable()) return vm.throw_type_error("Cannot detach an immutable ArrayBuffer");
    // 3. If SameValue(arrayBuffer.[[ArrayBufferDetachKey]], key) is false, throw a TypeError exception.
    if (!SameValue(buffer.detach_key(), key))
        return vm.throw_type_error("Cannot detach ArrayBuffer: wrong key");
    // 4-5. Set [[ArrayBufferData]] to null and [[ArrayBufferByteLength]] to 0.
    buffer.detach();
    return {};
}

ThrowCompletionOr<ArrayBufferObject*> CloneArrayBuffer(VM& vm, ArrayBufferObject& source,
                                                       std::uint64_t offset, std::uint64_t length) {
    ArrayBufferObject* target = TRY(ArrayBufferObject::allocate(
        vm, vm.current_realm().intrinsic(Intrinsic::ArrayBufferPrototype), length, std::nullopt, false));
    if (length) std::memcpy(target->data(), source.data() + offset, length);
    return target;
}

// --- Raw bytes ---

void store_number(ElementType type, double value, std::uint8_t* bytes) {
    switch (type) {
    case ElementType::Int8: {
        std::int8_t v = ToInt8(value);
        std::memcpy(bytes, &v, 1);
        return;
    }
    case ElementType::Uint8:
        bytes[0] = ToUint8(value);
        return;
    case ElementType::Uint8Clamped:
        bytes[0] = ToUint8Clamp(value);
        return;
    case ElementType::Int16: {
        std::int16_t v = ToInt16(value);
        std::memcpy(bytes, &v, 2);
        return;
    }
    case ElementType::Uint16: {
        std::uint16_t v = ToUint16(value);
        std::memcpy(bytes, &v, 2);
        return;
    }
    case ElementType::Int32: {
        std::int32_t v = ToInt32(value);
        std::memcpy(bytes, &v, 4);
        return;
    }
    case ElementType::Uint32: {
        std::uint32_t v = ToUint32(value);
        std::memcpy(bytes, &v, 4);
        return;
    }
    case ElementType::Float16: {
        std::uint16_t v = double_to_float16_bits(value);
        std::memcpy(bytes, &v, 2);
        return;
    }
    case ElementType::Float32: {
        auto v = static_cast<float>(value);
        std::memcpy(bytes, &v, 4);
        return;
    }
    case ElementType::Float64:
        std::memcpy(bytes, &value, 8);
        return;
    case ElementType::BigInt64:
    case ElementType::BigUint64:
        break;
    }
}

double load_number(ElementType type, const std::uint8_t* bytes) {
    switch (type) {
    case ElementType::Int8:
        return static_cast<std::int8_t>(bytes[0]);
    case ElementType::Uint8:
    case ElementType::Uint8Clamped:
        return bytes[0];
    case ElementType::Int16: {
        std::int16_t v;
        std::memcpy(&v, bytes, 2);
        return v;
    }
    case ElementType::Uint16: {
        std::uint16_t v;
        std::memcpy(&v, bytes, 2);
        return v;
    }
    case ElementType::Int32: {
        std::int32_t v;
        std::memcpy(&v, bytes, 4);
        return v;
    }
    case ElementType::Uint32: {
        std::uint32_t v;
        std::memcpy(&v, bytes, 4);
        return v;
    }
    case ElementType::Float16: {
        std::uint16_t v;
        std::memcpy(&v, bytes, 2);
        return float16_bits_to_double(v);
    }
    case ElementType::Float32: {
        float v;
        std::memcpy(&v, bytes, 4);
        return v;
    }
    case ElementType::Float64: {
        double v;
        std::memcpy(&v, bytes, 8);
        return v;
    }
    case ElementType::BigInt64:
    case ElementType::BigUint64:
        break;
    }
    return 0;
}

ThrowCompletionOr<void> NumericToRawBytes(VM& vm, ElementType type, Value numeric, std::uint8_t* bytes,
                                          bool little_endian) {
    std::uint32_t size = element_size(type);
    if (is_bigint_element_type(type)) {
        std::uint64_t bits = TRY(BigIntToElementBits(vm, numeric, type));
        std::memcpy(bytes, &bits, 8);
    } else {
        store_number(type, numeric.as_number(), bytes);
    }
    if (little_endian != (std::endian::native == std::endian::little)) reverse_bytes(bytes, size);
    return {};
}

ThrowCompletionOr<Value> RawBytesToNumeric(VM& vm, ElementType type, const std::uint8_t* raw,
                                           bool little_endian) {
    std::uint32_t size = element_size(type);
    std::uint8_t bytes[8];
    std::memcpy(bytes, raw, size);
    if (little_endian != (std::endian::native == std::endian::little)) reverse_bytes(bytes, size);
    if (is_bigint_element_type(type)) {
        std::uint64_t bits;
        std::memcpy(&bits, bytes, 8);
        return ElementBitsToBigInt(vm, bits, type);
    }
    return Value(load_number(type, bytes));
}

ThrowCompletionOr<Value> GetValueFromBuffer(VM& vm, const ArrayBufferObject& buffer, std::uint64_t byte_index,
                                            ElementType type, bool little_endian) {
    return RawBytesToNumeric(vm, type, buffer.data() + byte_index, little_endian);
}

ThrowCompletionOr<void> SetValueInBuffer(VM& vm, ArrayBufferObject& buffer, std::uint64_t byte_index,
                                         ElementType type, Value numeric, bool little_endian) {
    std::uint8_t bytes[8];
    TRY(NumericToRawBytes(vm, type, numeric, bytes, little_endian));
    std::memcpy(buffer.data() + byte_index, bytes, element_size(type));
    return {};
}

// --- DataViewObject ---

DataViewObject::DataViewObject(Shape* shape, ArrayBufferObject* buffer, std::uint64_t byte_offset,
                               std::optional<std::uint64_t> byte_length)
    : JSObject(shape), buffer_(buffer), byte_offset_(byte_offset), byte_length_(byte_length) {
    set_ordinary_methods(true, true);
}

void DataViewObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    visitor.visit(buffer_);
}

bool DataViewObject::is_out_of_bounds() const {
    if (buffer_->is_detached()) return true;
    std::uint64_t buffer_length = buffer_->byte_length();
    std::uint64_t end = byte_length_ ? byte_offset_ + *byte_length_ : buffer_length;
    return byte_offset_ > buffer_length || end > buffer_length;
}

std::uint64_t DataViewObject::view_byte_length() const {
    if (byte_length_) return *byte_length_;
    return buffer_->byte_length() - byte_offset_;
}

} // namespace yjs

#pragma once
// A JavaScript value in 64 bits (NaN-boxing).
//
// Every double is stored as itself, with all NaNs canonicalised to one quiet NaN. The bit patterns above
// that NaN range (top 16 bits 0xFFF9..0xFFFF) are free for everything else: the top 16 bits are the tag,
// the low 48 bits the payload (a cell pointer or a small constant). Numbers are always doubles: the
// interpreter converts to int32/uint32 where the spec asks, which is cheap on x86-64 and keeps one
// representation everywhere.
#include <bit>
#include <cmath>
#include <cstdint>

namespace yjs {

class Cell;
class JSObject;
class JSString;
class Symbol;
class BigInt;

class Value {
public:
    enum class Tag : std::uint64_t {
        Special = 0xFFFA, // undefined, null, true, false, empty
        Object = 0xFFFB,
        String = 0xFFFC,
        Symbol = 0xFFFD,
        BigInt = 0xFFFE,
        InternalCell = 0xFFFF, // engine-internal cells (environments, accessors, code); never user-visible
    };

    constexpr Value() : bits_(kUndefinedBits) {}
    constexpr explicit Value(double d) : bits_(encode_double(d)) {}
    Value(JSObject* object) : bits_(box(Tag::Object, object)) {}
    Value(JSString* string) : bits_(box(Tag::String, string)) {}
    Value(Symbol* symbol) : bits_(box(Tag::Symbol, symbol)) {}
    Value(BigInt* bigint) : bits_(box(Tag::BigInt, bigint)) {}
    Value(bool) = delete; // use Value::boolean(): avoids pointer->bool surprises

    static constexpr Value undefined() { return from_bits(kUndefinedBits); }
    static constexpr Value null() { return from_bits(kNullBits); }
    static constexpr Value boolean(bool b) { return from_bits(b ? kTrueBits : kFalseBits); }
    // The hole: an uninitialised binding (TDZ), an array hole, or "no value" in engine-internal slots.
    // It never escapes to JavaScript.
    static constexpr Value empty() { return from_bits(kEmptyBits); }
    static constexpr Value number(double d) { return Value(d); }
    static Value internal_cell(Cell* cell) { return from_bits(box(Tag::InternalCell, cell)); }
    static constexpr Value from_bits(std::uint64_t bits) {
        Value v;
        v.bits_ = bits;
        return v;
    }

    constexpr std::uint64_t bits() const { return bits_; }
    constexpr Tag tag() const { return static_cast<Tag>(bits_ >> 48); }

    constexpr bool is_number() const { return bits_ < kFirstTaggedBits; }
    constexpr bool is_undefined() const { return bits_ == kUndefinedBits; }
    constexpr bool is_null() const { return bits_ == kNullBits; }
    constexpr bool is_nullish() const { return is_undefined() || is_null(); }
    constexpr bool is_boolean() const { return bits_ == kTrueBits || bits_ == kFalseBits; }
    constexpr bool is_true() const { return bits_ == kTrueBits; }
    constexpr bool is_false() const { return bits_ == kFalseBits; }
    constexpr bool is_empty() const { return bits_ == kEmptyBits; }
    constexpr bool is_object() const { return tag() == Tag::Object; }
    constexpr bool is_string() const { return tag() == Tag::String; }
    constexpr bool is_symbol() const { return tag() == Tag::Symbol; }
    constexpr bool is_bigint() const { return tag() == Tag::BigInt; }
    constexpr bool is_internal_cell() const { return tag() == Tag::InternalCell; }
    // Any value whose payload is a heap pointer.
    constexpr bool is_cell() const { return bits_ >= (static_cast<std::uint64_t>(Tag::Object) << 48); }

    double as_number() const { return std::bit_cast<double>(bits_); }
    bool as_boolean() const { return bits_ == kTrueBits; }
    JSObject* as_object() const { return reinterpret_cast<JSObject*>(payload()); }
    JSString* as_string() const { return reinterpret_cast<JSString*>(payload()); }
    Symbol* as_symbol() const { return reinterpret_cast<Symbol*>(payload()); }
    BigInt* as_bigint() const { return reinterpret_cast<BigInt*>(payload()); }
    Cell* as_cell() const { return reinterpret_cast<Cell*>(payload()); }

    // A number that is an integer representable as int32 (not -0); used by fast paths.
    bool is_int32() const {
        if (!is_number()) return false;
        double d = as_number();
        auto i = static_cast<std::int32_t>(d);
        return static_cast<double>(i) == d && !(i == 0 && std::signbit(d)) && d >= -2147483648.0 &&
               d <= 2147483647.0;
    }

    // Same bits: SameValue for everything except numbers (where NaN/±0 need care).
    constexpr bool identical(Value other) const { return bits_ == other.bits_; }

private:
    static constexpr std::uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
    static constexpr std::uint64_t kCanonicalNaN = 0x7FF8000000000000ull;
    static constexpr std::uint64_t kFirstTaggedBits = 0xFFF9000000000000ull;
    static constexpr std::uint64_t kSpecial = static_cast<std::uint64_t>(Tag::Special) << 48;
    static constexpr std::uint64_t kUndefinedBits = kSpecial | 1;
    static constexpr std::uint64_t kNullBits = kSpecial | 2;
    static constexpr std::uint64_t kFalseBits = kSpecial | 3;
    static constexpr std::uint64_t kTrueBits = kSpecial | 4;
    static constexpr std::uint64_t kEmptyBits = kSpecial | 5;

    static constexpr std::uint64_t encode_double(double d) {
        return d != d ? kCanonicalNaN : std::bit_cast<std::uint64_t>(d);
    }
    static std::uint64_t box(Tag tag, const void* pointer) {
        return (static_cast<std::uint64_t>(tag) << 48) | reinterpret_cast<std::uint64_t>(pointer);
    }
    std::uint64_t payload() const { return bits_ & kPayloadMask; }

    std::uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

} // namespace yjs

#pragma once
// A property key: an array index (uint32 below 2^32-1), an atom (interned string) or a symbol.
// Keys compare by identity, so they hash and compare in O(1).
#include "runtime/string.h"
#include "runtime/symbol.h"

#include <cstdint>
#include <functional>

namespace yjs {

class VM;

class PropertyKey {
public:
    PropertyKey() : bits_(kInvalid) {}
    static PropertyKey from_index(std::uint32_t index) { return PropertyKey((std::uint64_t(index) << 3) | kIndexTag); }
    static PropertyKey from_atom(JSString* atom) { return PropertyKey(reinterpret_cast<std::uint64_t>(atom) | kAtomTag); }
    static PropertyKey from_symbol(Symbol* symbol) {
        return PropertyKey(reinterpret_cast<std::uint64_t>(symbol) | kSymbolTag);
    }
    // Canonicalises: "12" becomes index 12, other strings are atomized.
    static PropertyKey from_string(VM&, JSString*);
    static PropertyKey from_string(VM&, std::u16string_view);
    static PropertyKey from_ascii(VM&, std::string_view);
    // From a Value already converted by ToPropertyKey (a string or symbol); numbers that are indices
    // are accepted as a fast path.
    static PropertyKey from_value(VM&, Value);

    bool is_valid() const { return bits_ != kInvalid; }
    bool is_index() const { return (bits_ & kTagMask) == kIndexTag; }
    bool is_atom() const { return (bits_ & kTagMask) == kAtomTag; }
    bool is_symbol() const { return (bits_ & kTagMask) == kSymbolTag; }
    bool is_private() const { return is_symbol() && as_symbol()->is_private(); }
    // A string-keyed property (index or atom).
    bool is_string() const { return is_index() || is_atom(); }

    std::uint32_t as_index() const { return static_cast<std::uint32_t>(bits_ >> 3); }
    JSString* as_atom() const { return reinterpret_cast<JSString*>(bits_ & ~kTagMask); }
    Symbol* as_symbol() const { return reinterpret_cast<Symbol*>(bits_ & ~kTagMask); }

    // The key as a JS value (a string for indices and atoms, a symbol otherwise).
    Value to_value(VM&) const;
    JSString* to_string(VM&) const; // only for string keys

    std::uint64_t bits() const { return bits_; }
    bool operator==(const PropertyKey&) const = default;

    void visit(Visitor& visitor) const {
        if (is_atom()) visitor.visit(as_atom());
        else if (is_symbol()) visitor.visit(as_symbol());
    }

private:
    explicit PropertyKey(std::uint64_t bits) : bits_(bits) {}
    static constexpr std::uint64_t kTagMask = 7;
    static constexpr std::uint64_t kIndexTag = 1;
    static constexpr std::uint64_t kAtomTag = 2;
    static constexpr std::uint64_t kSymbolTag = 4;
    static constexpr std::uint64_t kInvalid = 0;
    std::uint64_t bits_;
};

} // namespace yjs

template <> struct std::hash<yjs::PropertyKey> {
    std::size_t operator()(const yjs::PropertyKey& key) const noexcept {
        std::uint64_t x = key.bits();
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 33;
        return static_cast<std::size_t>(x);
    }
};

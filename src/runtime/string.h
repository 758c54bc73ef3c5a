#pragma once
// JavaScript strings: UTF-16 semantics, with an 8-bit (Latin-1) representation whenever every code unit
// fits in a byte, and ropes so that repeated concatenation is linear.
//
// A flat string's characters live inline after the cell for small strings or in a malloc'd buffer
// (flattened ropes). A rope holds two children and is flattened in place on first character access.
// Atoms are interned strings (unique per content) used as property keys; see AtomTable.
#include "heap/cell.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yjs {

class VM;

// The array index (0 .. 2^32-2) that a canonical numeric string denotes: "0", "17"; not "017", "+1",
// "4294967295".
std::optional<std::uint32_t> parse_array_index(std::string_view latin1);
std::optional<std::uint32_t> parse_array_index(std::u16string_view);

class JSString final : public Cell {
public:
    // The longest string the engine creates (Node's limit). Creation functions and concat() require results
    // no longer than this: operations building strings from user input check and throw a RangeError
    // ("Invalid string length") first.
    static constexpr std::uint32_t kMaxLength = (1u << 29) - 24;

    // Creation (all go through the VM's heap). The empty string and single Latin-1 characters come from
    // the atom table's cache.
    static JSString* create(VM&, std::u16string_view);
    static JSString* create_latin1(VM&, std::string_view latin1);
    // From UTF-8 (invalid sequences become U+FFFD).
    static JSString* from_utf8(VM&, std::string_view utf8);
    static JSString* from_ascii(VM& vm, std::string_view ascii) { return create_latin1(vm, ascii); }
    static JSString* concat(VM&, JSString* left, JSString* right);
    // Characters [start, end) of `string`.
    static JSString* substring(VM&, JSString* string, std::uint32_t start, std::uint32_t end);
    static JSString* from_code_unit(VM&, char16_t);

    std::uint32_t length() const { return length_; }
    bool is_empty() const { return length_ == 0; }
    bool is_rope() const { return rope_left_ != nullptr; }
    bool is_8bit() const { return is_8bit_; }
    bool is_atom() const { return is_atom_; }

    // Character access (flattens ropes).
    char16_t at(std::uint32_t index) {
        if (is_rope()) flatten();
        return is_8bit_ ? static_cast<const unsigned char*>(characters_)[index]
                        : static_cast<const char16_t*>(characters_)[index];
    }
    // Views of the flat representation (flattening first); call is_8bit() to pick one.
    std::string_view latin1_view() { // only when is_8bit()
        if (is_rope()) flatten();
        return {static_cast<const char*>(characters_), length_};
    }
    std::u16string_view utf16_view() { // only when !is_8bit()
        if (is_rope()) flatten();
        return {static_cast<const char16_t*>(characters_), length_};
    }
    std::u16string to_u16string();
    // UTF-8, with unpaired surrogates as U+FFFD.
    std::string to_utf8();
    // A hash of the code units (never 0; cached). Equal strings hash equally whatever their representation.
    std::uint32_t hash() { return hash_ ? hash_ : compute_hash(); }

    bool equals(JSString* other);
    // Lexicographic code-unit comparison: <0, 0, >0.
    int compare(JSString* other);

    // Canonical numeric string that is an array index (0 .. 2^32-2), for property-key canonicalisation.
    std::optional<std::uint32_t> as_array_index() {
        if (not_array_index_) return std::nullopt;
        return compute_array_index();
    }

    void flatten();

    const char* class_name() const override { return "String"; }
    bool is_string() const override { return true; }
    void visit_edges(Visitor&) override;
    ~JSString() override;

    // Used by the allocator; prefer the create functions.
    JSString(std::uint32_t length, bool is_8bit);
    JSString(JSString* left, JSString* right);
    void* inline_storage() { return this + 1; }

private:
    friend class AtomTable;
    // A flat string whose `length` characters the caller writes (inline for short strings, else in a
    // malloc'd buffer).
    static JSString* allocate_flat(VM&, std::uint32_t length, bool is_8bit);
    std::uint32_t compute_hash();
    std::optional<std::uint32_t> compute_array_index();
    void flatten_rope();
    // Copies this flat string's units to `destination` (Latin-1 bytes when `is_8bit`, else UTF-16).
    void copy_units_to(void* destination, bool is_8bit) const;
    std::size_t buffer_bytes() const { return is_8bit_ ? length_ : std::size_t(length_) * 2; }

    std::uint32_t length_ = 0;
    std::uint32_t hash_ = 0; // 0: not computed yet
    bool is_8bit_ = true;
    bool is_atom_ = false;
    bool owns_buffer_ = false;
    bool not_array_index_ = false; // cached: as_array_index() is nullopt
    void* characters_ = nullptr; // Latin-1 bytes or UTF-16 units
    JSString* rope_left_ = nullptr;
    JSString* rope_right_ = nullptr;
};

// Interning table for property-key strings. Entries are weak: unreachable atoms are dropped by the GC.
// It also caches the empty string and the single Latin-1 characters (kept alive for the VM's lifetime).
// Construct it right after the heap: JSString creation relies on it.
class AtomTable {
public:
    explicit AtomTable(VM&);
    ~AtomTable();
    AtomTable(const AtomTable&) = delete;
    AtomTable& operator=(const AtomTable&) = delete;

    // The atom with the content of the argument: an existing one, or the (flattened) argument itself,
    // which becomes an atom.
    JSString* atomize(JSString*);
    JSString* atomize(std::u16string_view);
    JSString* atomize_ascii(std::string_view); // also accepts Latin-1
    void sweep(); // drop unmarked atoms (called from a heap weak callback)

    JSString* empty_string();
    JSString* single_character(std::uint8_t latin1);
    std::size_t size() const; // number of atoms

private:
    struct Impl;
    VM& vm_;
    Impl* impl_;
};

} // namespace yjs

// JSString: flat Latin-1 / UTF-16 strings and ropes.
#include "runtime/string.h"

#include "heap/heap.h"
#include "runtime/vm.h"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace yjs {

namespace {

static_assert(sizeof(JSString) <= 48, "strings should stay in the 48-byte size class");

// Concatenations shorter than this are copied; longer ones make ropes.
constexpr std::uint32_t kMinRopeLength = 32;
// Character data up to this size lives inline after the cell.
constexpr std::size_t kMaxInlineBytes = kMaxSmallCellBytes - sizeof(JSString);

bool fits_latin1(const char16_t* units, std::size_t length) {
    char16_t combined = 0;
    for (std::size_t i = 0; i < length; ++i) combined |= units[i];
    return combined <= 0xFF;
}

void narrow(const char16_t* units, std::size_t length, unsigned char* destination) {
    for (std::size_t i = 0; i < length; ++i) destination[i] = static_cast<unsigned char>(units[i]);
}

void widen(const unsigned char* bytes, std::size_t length, char16_t* destination) {
    for (std::size_t i = 0; i < length; ++i) destination[i] = bytes[i];
}

void* checked_malloc(std::size_t bytes) {
    void* memory = std::malloc(bytes);
    if (!memory) Heap::fatal_out_of_memory();
    return memory;
}

template <typename Unit> std::optional<std::uint32_t> parse_index(const Unit* units, std::size_t length) {
    if (length == 0 || length > 10) return std::nullopt;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < length; ++i) {
        auto unit = static_cast<std::uint32_t>(units[i]);
        if (unit < '0' || unit > '9') return std::nullopt;
        value = value * 10 + (unit - '0');
    }
    if (units[0] == '0' && length > 1) return std::nullopt;
    if (value > 0xFFFFFFFEull) return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

// Hash of a code-unit sequence (FNV-1a over units with a final avalanche); the same for the Latin-1 and
// the UTF-16 form of the same units.
template <typename Unit> std::uint32_t hash_units(const Unit* units, std::size_t length) {
    std::uint32_t hash = 0x811C9DC5u;
    for (std::size_t i = 0; i < length; ++i) {
        hash ^= static_cast<std::uint16_t>(units[i]);
        hash *= 0x01000193u;
    }
    hash ^= hash >> 16;
    hash *= 0x85EBCA6Bu;
    hash ^= hash >> 13;
    hash *= 0xC2B2AE35u;
    hash ^= hash >> 16;
    return hash ? hash : 1;
}

template <typename A, typename B> bool units_equal(const A* a, const B* b, std::size_t length) {
    if constexpr (std::is_same_v<A, B>) {
        return std::memcmp(a, b, length * sizeof(A)) == 0;
    } else {
        for (std::size_t i = 0; i < length; ++i)
            if (static_cast<char16_t>(a[i]) != static_cast<char16_t>(b[i])) return false;
        return true;
    }
}

template <typename A, typename B> int units_compare(const A* a, std::size_t a_length, const B* b, std::size_t b_length) {
    std::size_t common = std::min(a_length, b_length);
    if constexpr (std::is_same_v<A, unsigned char> && std::is_same_v<B, unsigned char>) {
        if (int result = std::memcmp(a, b, common)) return result;
    } else {
        for (std::size_t i = 0; i < common; ++i) {
            auto x = static_cast<char16_t>(a[i]);
            auto y = static_cast<char16_t>(b[i]);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    if (a_length == b_length) return 0;
    return a_length < b_length ? -1 : 1;
}

const unsigned char* latin1_units(JSString* string) {
    return reinterpret_cast<const unsigned char*>(string->latin1_view().data());
}

// Calls `f(units, length)` with the flat string's units as `const unsigned char*` or `const char16_t*`.
template <typename F> decltype(auto) with_units(JSString* string, F&& f) {
    if (string->is_8bit()) return f(latin1_units(string), std::size_t(string->length()));
    return f(string->utf16_view().data(), std::size_t(string->length()));
}

void encode_utf8(std::string& out, char32_t code_point) {
    if (code_point < 0x80) {
        out += static_cast<char>(code_point);
    } else if (code_point < 0x800) {
        out += static_cast<char>(0xC0 | (code_point >> 6));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        out += static_cast<char>(0xE0 | (code_point >> 12));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code_point >> 18));
        out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code_point & 0x3F));
    }
}

// UTF-8 to UTF-16; each maximal subpart of an ill-formed sequence becomes one U+FFFD.
std::u16string decode_utf8(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead < 0x80) {
            out += static_cast<char16_t>(lead);
            ++i;
            continue;
        }
        int continuation_count;
        unsigned char lower = 0x80;
        unsigned char upper = 0xBF;
        char32_t code_point;
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation_count = 1;
            code_point = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation_count = 2;
            code_point = lead & 0x0F;
            if (lead == 0xE0) lower = 0xA0;
            if (lead == 0xED) upper = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation_count = 3;
            code_point = lead & 0x07;
            if (lead == 0xF0) lower = 0x90;
            if (lead == 0xF4) upper = 0x8F;
        } else {
            out += u'\uFFFD';
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        bool valid = true;
        for (int k = 0; k < continuation_count; ++k, ++j) {
            if (j >= utf8.size()) {
                valid = false;
                break;
            }
            auto byte = static_cast<unsigned char>(utf8[j]);
            if (byte < lower || byte > upper) {
                valid = false;
                break;
            }
            code_point = (code_point << 6) | (byte & 0x3F);
            lower = 0x80;
            upper = 0xBF;
        }
        i = j;
        if (!valid) {
            out += u'\uFFFD';
        } else if (code_point >= 0x10000) {
            code_point -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (code_point >> 10));
            out += static_cast<char16_t>(0xDC00 + (code_point & 0x3FF));
        } else {
            out += static_cast<char16_t>(code_point);
        }
    }
    return out;
}

} // namespace

std::optional<std::uint32_t> parse_array_index(std::string_view latin1) {
    return parse_index(reinterpret_cast<const unsigned char*>(latin1.data()), latin1.size());
}

std::optional<std::uint32_t> parse_array_index(std::u16string_view text) { return parse_index(text.data(), text.size()); }

// --- Construction ---

JSString::JSString(std::uint32_t length, bool is_8bit)
    : length_(length), is_8bit_(is_8bit), characters_(inline_storage()) {}

JSString::JSString(JSString* left, JSString* right)
    : length_(left->length_ + right->length_), is_8bit_(left->is_8bit_ && right->is_8bit_), rope_left_(left),
      rope_right_(right) {}

JSString::~JSString() {
    if (owns_buffer_) {
        Heap::of(this).did_free_external(buffer_bytes());
        std::free(characters_);
    }
}

void JSString::visit_edges(Visitor& visitor) {
    visitor.visit(rope_left_);
    visitor.visit(rope_right_);
}

JSString* JSString::allocate_flat(VM& vm, std::uint32_t length, bool is_8bit) {
    assert(length <= kMaxLength);
    std::size_t bytes = is_8bit ? length : std::size_t(length) * 2;
    if (bytes <= kMaxInlineBytes) return vm.heap().allocate_with_uninitialized_extra<JSString>(bytes, length, is_8bit);
    JSString* string = vm.heap().allocate<JSString>(length, is_8bit);
    string->characters_ = checked_malloc(bytes);
    string->owns_buffer_ = true;
    vm.heap().did_allocate_external(bytes);
    return string;
}

JSString* JSString::create(VM& vm, std::u16string_view text) {
    assert(text.size() <= kMaxLength);
    auto length = static_cast<std::uint32_t>(text.size());
    bool is_8bit = fits_latin1(text.data(), length);
    if (length <= 1 && is_8bit) return length ? vm.atoms().single_character(text[0]) : vm.atoms().empty_string();
    JSString* string = allocate_flat(vm, length, is_8bit);
    if (is_8bit) narrow(text.data(), length, static_cast<unsigned char*>(string->characters_));
    else std::memcpy(string->characters_, text.data(), std::size_t(length) * 2);
    return string;
}

JSString* JSString::create_latin1(VM& vm, std::string_view latin1) {
    assert(latin1.size() <= kMaxLength);
    auto length = static_cast<std::uint32_t>(latin1.size());
    if (length == 0) return vm.atoms().empty_string();
    if (length == 1) return vm.atoms().single_character(static_cast<std::uint8_t>(latin1[0]));
    JSString* string = allocate_flat(vm, length, true);
    std::memcpy(string->characters_, latin1.data(), length);
    return string;
}

JSString* JSString::from_utf8(VM& vm, std::string_view utf8) {
    bool ascii = true;
    for (char c : utf8) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) return create_latin1(vm, utf8);
    return create(vm, decode_utf8(utf8));
}

JSString* JSString::from_code_unit(VM& vm, char16_t unit) {
    if (unit <= 0xFF) return vm.atoms().single_character(static_cast<std::uint8_t>(unit));
    JSString* string = allocate_flat(vm, 1, false);
    *static_cast<char16_t*>(string->characters_) = unit;
    return string;
}

void JSString::copy_units_to(void* destination, bool is_8bit) const {
    assert(!rope_left_);
    if (is_8bit_ == is_8bit) {
        std::memcpy(destination, characters_, buffer_bytes());
    } else {
        assert(is_8bit_ && "a UTF-16 string never fits a Latin-1 destination");
        widen(static_cast<const unsigned char*>(characters_), length_, static_cast<char16_t*>(destination));
    }
}

JSString* JSString::concat(VM& vm, JSString* left, JSString* right) {
    if (left->is_empty()) return right;
    if (right->is_empty()) return left;
    assert(std::uint64_t(left->length_) + right->length_ <= kMaxLength);
    std::uint32_t length = left->length_ + right->length_;
    if (length >= kMinRopeLength) return vm.heap().allocate<JSString>(left, right);
    // Both parts are short, hence flat (ropes are never shorter than kMinRopeLength).
    bool is_8bit = left->is_8bit_ && right->is_8bit_;
    JSString* string = allocate_flat(vm, length, is_8bit);
    std::size_t unit_size = is_8bit ? 1 : 2;
    left->copy_units_to(string->characters_, is_8bit);
    right->copy_units_to(static_cast<char*>(string->characters_) + left->length_ * unit_size, is_8bit);
    return string;
}

JSString* JSString::substring(VM& vm, JSString* string, std::uint32_t start, std::uint32_t end) {
    assert(start <= end && end <= string->length_);
    if (start == 0 && end == string->length_) return string;
    std::uint32_t length = end - start;
    if (length == 0) return vm.atoms().empty_string();
    string->flatten();
    if (string->is_8bit_) {
        const unsigned char* source = static_cast<const unsigned char*>(string->characters_) + start;
        if (length == 1) return vm.atoms().single_character(source[0]);
        JSString* result = allocate_flat(vm, length, true);
        std::memcpy(result->characters_, source, length);
        return result;
    }
    const char16_t* source = static_cast<const char16_t*>(string->characters_) + start;
    return create(vm, std::u16string_view(source, length));
}

// --- Ropes ---

void JSString::flatten() {
    if (is_rope()) flatten_rope();
}

// Copies every leaf into one buffer without native recursion: a walk down the tree that continues into
// one child and defers the other only when both are ropes, so the usual left- or right-leaning chains of
// repeated concatenation need no stack at all.
void JSString::flatten_rope() {
    std::size_t unit_size = is_8bit_ ? 1 : 2;
    std::size_t bytes = buffer_bytes();
    auto* buffer = static_cast<char*>(checked_malloc(bytes));
    struct Pending {
        JSString* node;
        std::uint32_t position;
    };
    std::vector<Pending> pending;
    JSString* node = this;
    std::uint32_t position = 0;
    while (true) {
        if (!node->is_rope()) {
            node->copy_units_to(buffer + position * unit_size, is_8bit_);
            if (pending.empty()) break;
            node = pending.back().node;
            position = pending.back().position;
            pending.pop_back();
            continue;
        }
        JSString* left = node->rope_left_;
        JSString* right = node->rope_right_;
        if (!left->is_rope()) {
            left->copy_units_to(buffer + position * unit_size, is_8bit_);
            position += left->length_;
            node = right;
        } else if (!right->is_rope()) {
            right->copy_units_to(buffer + (position + left->length_) * unit_size, is_8bit_);
            node = left;
        } else {
            pending.push_back({right, position + left->length_});
            node = left;
        }
    }
    characters_ = buffer;
    owns_buffer_ = true;
    rope_left_ = nullptr;
    rope_right_ = nullptr;
    Heap::of(this).did_allocate_external(bytes);
}

// --- Reading ---

std::u16string JSString::to_u16string() {
    flatten();
    if (!is_8bit_) return std::u16string(utf16_view());
    std::u16string result(length_, u'\0');
    widen(static_cast<const unsigned char*>(characters_), length_, result.data());
    return result;
}

std::string JSString::to_utf8() {
    flatten();
    std::string out;
    if (is_8bit_) {
        out.reserve(length_);
        for (unsigned char c : latin1_view()) encode_utf8(out, c);
        return out;
    }
    std::u16string_view units = utf16_view();
    out.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        char32_t unit = units[i];
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 &&
            units[i + 1] <= 0xDFFF) {
            encode_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00));
            ++i;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            encode_utf8(out, 0xFFFD);
        } else {
            encode_utf8(out, unit);
        }
    }
    return out;
}

std::uint32_t JSString::compute_hash() {
    flatten();
    hash_ = with_units(this, [](const auto* units, std::size_t length) { return hash_units(units, length); });
    return hash_;
}

bool JSString::equals(JSString* other) {
    if (this == other) return true;
    if (length_ != other->length_) return false;
    if (is_atom_ && other->is_atom_) return false;
    if (hash_ && other->hash_ && hash_ != other->hash_) return false;
    flatten();
    other->flatten();
    return with_units(this, [other](const auto* a, std::size_t length) {
        return with_units(other, [a, length](const auto* b, std::size_t) { return units_equal(a, b, length); });
    });
}

int JSString::compare(JSString* other) {
    if (this == other) return 0;
    flatten();
    other->flatten();
    return with_units(this, [other](const auto* a, std::size_t a_length) {
        return with_units(other, [a, a_length](const auto* b, std::size_t b_length) {
            return units_compare(a, a_length, b, b_length);
        });
    });
}

std::optional<std::uint32_t> JSString::compute_array_index() {
    std::optional<std::uint32_t> index;
    // Ropes are longer than any index.
    if (length_ != 0 && length_ <= 10)
        index = with_units(this, [](const auto* units, std::size_t length) { return parse_index(units, length); });
    not_array_index_ = !index;
    return index;
}

// --- AtomTable ---

struct AtomTable::Impl {
    struct Slot {
        JSString* atom;
        std::uint32_t hash;
    };
    std::vector<Slot> slots = std::vector<Slot>(kInitialCapacity); // open addressing, linear probing
    std::size_t count = 0;
    JSString* empty = nullptr;
    JSString* single[256] = {};
    Heap::CallbackId root_callback = 0;
    Heap::CallbackId weak_callback = 0;

    static constexpr std::size_t kInitialCapacity = 256;

    // The atom equal to `units`, or null.
    template <typename Unit> JSString* find(const Unit* units, std::size_t length, std::uint32_t hash) const {
        std::size_t mask = slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots[i];
            if (!slot.atom) return nullptr;
            if (slot.hash != hash || slot.atom->length() != length) continue;
            bool equal = with_units(slot.atom, [units, length](const auto* atom_units, std::size_t) {
                return units_equal(atom_units, units, length);
            });
            if (equal) return slot.atom;
        }
    }

    static void place(std::vector<Slot>& table, JSString* atom, std::uint32_t hash) {
        std::size_t mask = table.size() - 1;
        std::size_t i = hash & mask;
        while (table[i].atom) i = (i + 1) & mask;
        table[i] = {atom, hash};
    }

    void rehash(std::size_t capacity) {
        std::vector<Slot> table(capacity);
        for (const Slot& slot : slots)
            if (slot.atom) place(table, slot.atom, slot.hash);
        slots = std::move(table);
    }

    // Adds a flat string known not to be in the table.
    JSString* insert(JSString* string) {
        std::uint32_t hash = string->hash();
        if ((count + 1) * 2 > slots.size()) rehash(slots.size() * 2);
        string->is_atom_ = true;
        place(slots, string, hash);
        ++count;
        return string;
    }
};

AtomTable::AtomTable(VM& vm) : vm_(vm), impl_(new Impl) {
    Heap& heap = vm.heap();
    impl_->root_callback = heap.add_root_callback([impl = impl_](Visitor& visitor) {
        visitor.visit(impl->empty);
        for (JSString* string : impl->single) visitor.visit(string);
    });
    impl_->weak_callback = heap.add_weak_callback([this](Heap&) { sweep(); });
    impl_->empty = impl_->insert(JSString::allocate_flat(vm, 0, true));
}

AtomTable::~AtomTable() {
    vm_.heap().remove_root_callback(impl_->root_callback);
    vm_.heap().remove_weak_callback(impl_->weak_callback);
    delete impl_;
}

std::size_t AtomTable::size() const { return impl_->count; }

JSString* AtomTable::empty_string() { return impl_->empty; }

JSString* AtomTable::single_character(std::uint8_t latin1) {
    JSString*& cached = impl_->single[latin1];
    if (cached) return cached;
    auto character = static_cast<unsigned char>(latin1);
    if (JSString* existing = impl_->find(&character, 1, hash_units(&character, 1))) return cached = existing;
    JSString* string = JSString::allocate_flat(vm_, 1, true);
    *static_cast<unsigned char*>(string->characters_) = character;
    cached = impl_->insert(string);
    return cached;
}

JSString* AtomTable::atomize(JSString* string) {
    if (string->is_atom_) return string;
    string->flatten();
    std::uint32_t hash = string->hash();
    JSString* existing = with_units(string, [this, hash](const auto* units, std::size_t length) {
        return impl_->find(units, length, hash);
    });
    if (existing) return existing;
    return impl_->insert(string);
}

JSString* AtomTable::atomize(std::u16string_view text) {
    if (text.size() <= 1 && fits_latin1(text.data(), text.size()))
        return text.empty() ? empty_string() : single_character(static_cast<std::uint8_t>(text[0]));
    if (JSString* existing = impl_->find(text.data(), text.size(), hash_units(text.data(), text.size())))
        return existing;
    return impl_->insert(JSString::create(vm_, text));
}

JSString* AtomTable::atomize_ascii(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    if (text.size() <= 1) return text.empty() ? empty_string() : single_character(bytes[0]);
    if (JSString* existing = impl_->find(bytes, text.size(), hash_units(bytes, text.size()))) return existing;
    return impl_->insert(JSString::create_latin1(vm_, text));
}

void AtomTable::sweep() {
    Heap& heap = vm_.heap();
    std::size_t live = 0;
    for (const Impl::Slot& slot : impl_->slots)
        if (slot.atom && heap.is_marked(slot.atom)) ++live;
    if (live == impl_->count) return;
    std::size_t capacity = Impl::kInitialCapacity;
    while (live * 2 >= capacity) capacity *= 2;
    std::vector<Impl::Slot> table(capacity);
    for (const Impl::Slot& slot : impl_->slots)
        if (slot.atom && heap.is_marked(slot.atom)) Impl::place(table, slot.atom, slot.hash);
    impl_->slots = std::move(table);
    impl_->count = live;
}

} // namespace yjs

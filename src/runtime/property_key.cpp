// PropertyKey construction and conversion back to values.
#include "runtime/property_key.h"

#include "runtime/vm.h"

#include <cassert>
#include <cmath>

namespace yjs {

PropertyKey PropertyKey::from_string(VM& vm, JSString* string) {
    if (auto index = string->as_array_index()) return from_index(*index);
    if (string->is_atom()) return from_atom(string);
    return from_atom(vm.atoms().atomize(string));
}

PropertyKey PropertyKey::from_string(VM& vm, std::u16string_view text) {
    if (auto index = parse_array_index(text)) return from_index(*index);
    return from_atom(vm.atoms().atomize(text));
}

PropertyKey PropertyKey::from_ascii(VM& vm, std::string_view ascii) {
    if (auto index = parse_array_index(ascii)) return from_index(*index);
    return from_atom(vm.atoms().atomize_ascii(ascii));
}

PropertyKey PropertyKey::from_value(VM& vm, Value value) {
    if (value.is_string()) return from_string(vm, value.as_string());
    if (value.is_symbol()) return from_symbol(value.as_symbol());
    assert(value.is_number() && "PropertyKey::from_value takes a string, a symbol or an index number");
    double number = value.as_number();
    assert(number >= 0 && number <= 4294967294.0 && std::trunc(number) == number);
    return from_index(static_cast<std::uint32_t>(number));
}

namespace {

JSString* index_to_string(VM& vm, std::uint32_t index) {
    char digits[10];
    char* end = digits + sizeof(digits);
    char* start = end;
    do {
        *--start = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index);
    return JSString::create_latin1(vm, std::string_view(start, end - start));
}

} // namespace

Value PropertyKey::to_value(VM& vm) const {
    if (is_symbol()) return Value(as_symbol());
    return Value(to_string(vm));
}

JSString* PropertyKey::to_string(VM& vm) const {
    assert(is_string());
    if (is_index()) return index_to_string(vm, as_index());
    return as_atom();
}

} // namespace yjs

#pragma once
// Internals of util.inspect (host/inspect.h), shared by its implementation files.
#include "heap/heap.h"
#include "host/inspect.h"
#include "runtime/object.h"
#include "runtime/vm.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yjs {

class JSString;
class PromiseObject;

// --- Text helpers (inspect_text.cpp) ---

std::u16string ascii_to_u16(std::string_view ascii);
void append_ascii(std::u16string& out, std::string_view ascii);
std::u16string to_u16(JSString*);
// Node's strEscape: the string as a single-quoted literal with escapes (\n, \x1B, \\, \', lone
// surrogates as \uXXXX), preferring double quotes or backticks when that avoids escaping single quotes.
std::u16string quote_string(std::u16string_view);
// Control characters, backslashes and single quotes escaped as quote_string does, without quotes.
std::u16string escape_controls(std::u16string_view);
// A property name Node prints without quotes: /^[a-zA-Z_][a-zA-Z_0-9]*$/.
bool is_plain_key(std::u16string_view);
// Columns the text occupies in a terminal (East Asian wide characters count 2, combining marks 0).
std::size_t display_width(std::u16string_view);
bool contains(std::u16string_view haystack, std::u16string_view needle);
std::u16string join(const std::vector<std::u16string>& parts, std::u16string_view separator);
// Number formatting as Node prints numbers (-0 keeps its sign).
std::u16string format_number(double);

// --- What kind of object a value is (inspect_objects.cpp) ---

enum class ObjectKind : std::uint8_t {
    Ordinary,
    Array,
    Function,
    Error,
    BoxedPrimitive,
    Date,
    RegExp,
    Arguments,
    Map,
    Set,
    WeakMap,
    WeakSet,
    Promise,
    TypedArray,
    ArrayBuffer,
    DataView,
    ModuleNamespace,
};

ObjectKind classify_object(VM&, JSObject*);
// IsError as Node sees it: an [[ErrorData]] object or an object inheriting from %Error.prototype%.
bool is_error_like(VM&, JSObject*);
// The entries of a Map (key, value, key, value, ...) or a Set (values), in iteration order.
void collection_entries(JSObject*, ObjectKind, MarkedValueVector& out);
// The size of a Map or Set.
double collection_size(JSObject*, ObjectKind);
// A Date object as Node shows it: toISOString, or toString ("Invalid Date") for an invalid date.
std::u16string date_text(JSObject* date);
// RegExp.prototype.toString.
ThrowCompletionOr<std::u16string> regexp_text(VM&, JSObject*);

// --- The formatter (inspect.cpp, inspect_layout.cpp, inspect_special.cpp) ---

class Inspector {
public:
    Inspector(VM& vm, const InspectOptions& options)
        : vm_(vm), options_(options), seen_(vm.heap()), circular_(vm.heap()) {}

    ThrowCompletionOr<std::u16string> format_value(Value, int recurse_times);
    ThrowCompletionOr<std::u16string> format_primitive(Value);

private:
    enum class EntryType : std::uint8_t { Object, ArrayExtras, ArrayElement };
    using Output = std::vector<std::u16string>;

    ThrowCompletionOr<std::u16string> format_object(JSObject*, int recurse_times);
    ThrowCompletionOr<std::u16string> format_proxy(JSObject* proxy, int recurse_times);
    ThrowCompletionOr<std::u16string> format_property(JSObject*, int recurse_times, PropertyKey, EntryType);
    std::u16string property_name(PropertyKey, bool enumerable);
    ThrowCompletionOr<std::u16string> format_string(JSString*);

    // Keys and names.
    ThrowCompletionOr<void> own_keys(JSObject*, MarkedKeyVector& keys, bool skip_indices);
    ThrowCompletionOr<std::optional<std::u16string>> constructor_name(JSObject*, int recurse_times);
    ThrowCompletionOr<std::u16string> to_string_tag(JSObject*);
    static std::u16string prefix(const std::optional<std::u16string>& constructor, const std::u16string& tag,
                                 std::u16string_view fallback, std::u16string_view size = {});

    // Entry lists of the special kinds.
    ThrowCompletionOr<void> format_array(JSObject*, int recurse_times, Output&);
    ThrowCompletionOr<void> format_set_entries(const MarkedValueVector&, int recurse_times, Output&);
    ThrowCompletionOr<void> format_map_entries(const MarkedValueVector&, int recurse_times, Output&);
    ThrowCompletionOr<void> format_promise(PromiseObject*, int recurse_times, Output&);
    ThrowCompletionOr<void> format_typed_array(JSObject*, Output&);
    void format_array_buffer_contents(JSObject*, Output&);
    ThrowCompletionOr<void> format_namespace(JSObject*, const MarkedKeyVector& keys, int recurse_times,
                                             Output&);
    ThrowCompletionOr<std::u16string>
    function_base(JSObject*, const std::optional<std::u16string>& constructor, const std::u16string& tag);
    ThrowCompletionOr<std::u16string> error_base(JSObject*, const std::optional<std::u16string>& constructor,
                                                 const std::u16string& tag, MarkedKeyVector& keys);
    ThrowCompletionOr<std::u16string> boxed_base(JSObject*, const std::optional<std::u16string>& constructor,
                                                 const std::u16string& tag, MarkedKeyVector& keys);

    // Layout (inspect_layout.cpp).
    ThrowCompletionOr<std::u16string> reduce_to_single_string(Output& output, const std::u16string& base,
                                                              const std::u16string& open,
                                                              std::u16string_view close, EntryType extras,
                                                              int recurse_times, JSObject* value);
    ThrowCompletionOr<Output> group_array_elements(const Output& output, JSObject* value);
    bool fits_on_one_line(const Output& output, std::size_t start, const std::u16string& base) const;

    VM& vm_;
    InspectOptions options_;
    int indentation_ = 0;
    int current_depth_ = 0;
    MarkedValueVector seen_;     // the objects being formatted, outermost first
    MarkedValueVector circular_; // objects referenced circularly; reference number = index + 1
};

} // namespace yjs

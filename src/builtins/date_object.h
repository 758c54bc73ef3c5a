#pragma once
// Date instances (21.4): ordinary objects with a [[DateValue]] internal slot holding a time value.
#include "runtime/object.h"

namespace yjs {

class DateObject final : public JSObject {
public:
    DateObject(Shape*, double date_value);

    const char* class_name() const override { return "Date"; }
    BuiltinTag builtin_tag() const override { return BuiltinTag::Date; }

    // [[DateValue]]: a time value (NaN for an invalid date).
    double date_value() const { return date_value_; }
    void set_date_value(double value) { date_value_ = value; }

private:
    double date_value_;
};

// A Date instance with the given [[Prototype]] and [[DateValue]].
DateObject* create_date_object(VM&, JSObject* prototype, double date_value);

} // namespace yjs

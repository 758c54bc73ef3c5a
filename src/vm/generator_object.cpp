#include "vm/generator_object.h"

#include "runtime/shape.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/js_function.h"

namespace yjs {

namespace {

std::size_t register_bytes(JSFunction* callee) { return callee->code_block()->register_count * sizeof(Value); }

} // namespace

// --- HeapFrame: shared by the three kinds of objects that own a frame ---

void HeapFrame::initialize(JSFunction* function, Value this_value, Value* registers, std::uint32_t count) {
    for (std::uint32_t i = 0; i < count; ++i) new (&registers[i]) Value();
    callee = function;
    context = function->environment();
    this_slot = this_value;
}

void HeapFrame::release() {
    context = nullptr;
    if (this_slot.is_internal_cell()) static_cast<GeneratorLinks*>(this_slot.as_cell())->this_value = Value();
    else this_slot = Value();
    // Without a callee the registers are no longer traced (nothing reads them again).
    if (!(flags & kRegistersAliased)) callee = nullptr;
}

void HeapFrame::visit(Visitor& visitor, const Value* registers) const {
    visitor.visit(callee);
    visitor.visit(context);
    visitor.visit(this_slot);
    if (!callee) return;
    std::uint32_t count = callee->code_block()->register_count;
    for (std::uint32_t i = 0; i < count; ++i) visitor.visit(registers[i]);
}

// --- GeneratorObject ---

GeneratorObject* GeneratorObject::create(VM& vm, JSFunction* callee, Value this_value) {
    return vm.heap().allocate_with_extra<GeneratorObject>(register_bytes(callee), Shape::create_root(vm, nullptr),
                                                          callee, this_value);
}

GeneratorObject::GeneratorObject(Shape* shape, JSFunction* callee, Value this_value) : JSObject(shape) {
    set_ordinary_methods(true, true);
    set_state(State::Executing);
    frame_.initialize(callee, this_value, registers(), callee->code_block()->register_count);
}

void GeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    frame_.visit(visitor, registers());
}

void GeneratorLinks::visit_edges(Visitor& visitor) {
    visitor.visit(this_value);
    visitor.visit(delegate);
    visitor.visit(delegator);
    visitor.visit(chain);
}

GeneratorLinks& GeneratorObject::ensure_links(VM& vm) {
    if (GeneratorLinks* existing = links()) return *existing;
    auto* created = vm.heap().allocate<GeneratorLinks>(frame_.this_slot);
    frame_.this_slot = Value::internal_cell(created);
    return *created;
}

void GeneratorObject::link_delegate(VM& vm, GeneratorObject* delegate, bool return_link) {
    // Every allocation first: a collection sees the chain either unchanged or complete.
    GeneratorLinks& own = ensure_links(vm);
    GeneratorLinks& delegate_links = delegate->ensure_links(vm);
    GeneratorObject* root = chain_root();
    GeneratorLinks& root_links = *root->links();
    own.delegate = delegate;
    delegate_links.delegator = this;
    delegate_links.chain = root;
    delegate_links.return_link = return_link;
    root_links.chain = delegate;
    if (return_link) root_links.has_return_links = true;
}

GeneratorObject* GeneratorObject::unlink_from_delegator() {
    GeneratorLinks& own = *links();
    GeneratorObject* parent = own.delegator;
    GeneratorObject* root = own.chain;
    parent->links()->delegate = nullptr;
    own.delegator = nullptr;
    own.chain = nullptr;
    own.return_link = false;
    root->links()->chain = parent == root ? nullptr : parent;
    return parent;
}

void GeneratorObject::dissolve_chain() {
    for (GeneratorLinks* member = links(); member;) {
        GeneratorObject* next = member->delegate;
        member->delegate = nullptr;
        member->delegator = nullptr;
        member->chain = nullptr;
        member->return_link = false;
        member->has_return_links = false;
        member = next ? next->links() : nullptr;
    }
}

// --- AsyncFunctionObject ---

AsyncFunctionObject* AsyncFunctionObject::create(VM& vm, JSFunction* callee, Value this_value,
                                                 const PromiseCapability& capability) {
    return vm.heap().allocate_with_extra<AsyncFunctionObject>(register_bytes(callee), callee, this_value,
                                                              capability);
}

AsyncFunctionObject::AsyncFunctionObject(JSFunction* callee, Value this_value, const PromiseCapability& capability)
    : capability_(capability) {
    frame_.initialize(callee, this_value, registers(), callee->code_block()->register_count);
}

void AsyncFunctionObject::visit_edges(Visitor& visitor) {
    frame_.visit(visitor, registers());
    visitor.visit(capability_.promise);
    visitor.visit(capability_.resolve);
    visitor.visit(capability_.reject);
}

// --- AsyncGeneratorObject ---

AsyncGeneratorObject* AsyncGeneratorObject::create(VM& vm, JSFunction* callee, Value this_value) {
    return vm.heap().allocate_with_extra<AsyncGeneratorObject>(register_bytes(callee),
                                                               Shape::create_root(vm, nullptr), callee, this_value);
}

AsyncGeneratorObject::AsyncGeneratorObject(Shape* shape, JSFunction* callee, Value this_value) : JSObject(shape) {
    set_ordinary_methods(true, true);
    set_state(State::Executing);
    frame_.initialize(callee, this_value, registers(), callee->code_block()->register_count);
}

void AsyncGeneratorObject::visit_edges(Visitor& visitor) {
    JSObject::visit_edges(visitor);
    frame_.visit(visitor, registers());
    for (const Request& request : queue_) {
        visitor.visit(request.value);
        visitor.visit(request.capability.promise);
        visitor.visit(request.capability.resolve);
        visitor.visit(request.capability.reject);
    }
}

} // namespace yjs

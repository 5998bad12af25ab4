// The TEI P5 namespace, which every TEI file Glossator writes or reads back
// declares on its root.
#ifndef GLOSSATOR_TEI_TEI_NAMESPACE_H_
#define GLOSSATOR_TEI_TEI_NAMESPACE_H_

namespace glossator {

inline constexpr char kTeiNamespace[] = "http://www.tei-c.org/ns/1.0";

}  // namespace glossator

#endif  // GLOSSATOR_TEI_TEI_NAMESPACE_H_

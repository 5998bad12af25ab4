// Words of psychotherapy and psychoanalytic theory that general English word
// lists miss, so that a line-end break inside one ("counter-" / "transference")
// is read as a soft hyphen. Joined compounds only: words written with a hyphen
// ("self-esteem") must not be here.
#ifndef GLOSSATOR_LAYOUT_DOMAIN_WORDS_H_
#define GLOSSATOR_LAYOUT_DOMAIN_WORDS_H_

namespace glossator::layout {

inline constexpr const char* kDomainWords[] = {
    "countertransference",
    "countertransferences",
    "countertransferential",
    "selfobject",
    "selfobjects",
    "intersubjectivity",
    "intersubjective",
    "psychoanalytic",
    "psychoanalytically",
    "psychoanalyst",
    "psychoanalysts",
    "psychotherapist",
    "psychotherapists",
    "psychotherapeutic",
    "psychodynamic",
    "psychodynamically",
    "psychoeducation",
    "psychoeducational",
    "introjection",
    "introjections",
    "introjected",
    "introject",
    "introjects",
    "internalisation",
    "internalisations",
    "internalization",
    "internalizations",
    "internalise",
    "internalised",
    "internalize",
    "internalized",
    "idealising",
    "idealizing",
    "idealisation",
    "idealization",
    "mentalisation",
    "mentalization",
    "mentalizing",
    "mentalising",
    "dissociative",
    "dysregulation",
    "attunement",
    "misattunement",
    "misattunements",
    "enactments",
    "twinship",
    "supervisee",
    "supervisees",
    "transferential",
    "unconsciously",
    "metapsychology",
    "metapsychological",
    "superego",
    "overidentification",
};

}  // namespace glossator::layout

#endif  // GLOSSATOR_LAYOUT_DOMAIN_WORDS_H_

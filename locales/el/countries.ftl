# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Αυστρία
country-be = Βέλγιο
country-bg = Βουλγαρία
country-cy = Κύπρος
country-cz = Τσεχία
country-de = Γερμανία
country-dk = Δανία
country-ee = Εσθονία
country-es = Ισπανία
country-fi = Φινλανδία
country-fr = Γαλλία
country-gr = Ελλάδα
country-hr = Κροατία
country-hu = Ουγγαρία
country-ie = Ιρλανδία
country-is = Ισλανδία
country-it = Ιταλία
country-li = Λίχτενσταϊν
country-lt = Λιθουανία
country-lu = Λουξεμβούργο
country-lv = Λετονία
country-mt = Μάλτα
country-nl = Κάτω Χώρες
country-no = Νορβηγία
country-pl = Πολωνία
country-pt = Πορτογαλία
country-ro = Ρουμανία
country-se = Σουηδία
country-si = Σλοβενία
country-sk = Σλοβακία

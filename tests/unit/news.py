"""Short news texts of our own, shared by the store tests."""

HARBOUR = (
    "Harbour tolls to rise\n"
    "Port director Ines Varga said tolls would rise by 12% next spring.\n"
    "“We have no other way to pay for the dredging,” Varga said.\n"
    "Fishermen's leader Colm Doyle said the rise would cost each boat £900 a year.\n"
)

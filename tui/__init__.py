"""The command line (`brief ...`) and the Textual app. The only package that imports Textual."""

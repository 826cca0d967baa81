# A container image of the lint-lambda-image CLI, for teams without Node.js. Build it from a clone of this
# repository (the bundle in dist/ is committed; nothing is installed from the network):
#   docker build -t lint-lambda-image .
#   docker run --rm -v "$PWD:/src" -w /src lint-lambda-image Dockerfile
# This image is a tool, not a Lambda function: the Lambda contract rules do not apply to it.
# lint-lambda-image global ignore=lambda-not-detected
# The digest pins node:20-bookworm-slim; bump it with the tag (Dependabot's docker ecosystem does both).
FROM node:20-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0
WORKDIR /opt/lint-lambda-image
COPY package.json README.md LICENSE ./
COPY bin/ ./bin/
COPY dist/ ./dist/
COPY schema/ ./schema/
COPY docs/rules/ ./docs/rules/
USER node
WORKDIR /src
ENTRYPOINT ["node", "/opt/lint-lambda-image/bin/lint-lambda-image.js"]
CMD ["--help"]
